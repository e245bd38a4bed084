package org.oxidizer.core.report;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oxidizer.core.compare.Comparison;
import org.oxidizer.core.compare.Workload;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.core.measure.RunMeasurement;
import org.oxidizer.core.profile.CollapsedStacksImporter;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.stats.ABMeasurement;
import org.oxidizer.core.target.AgentReport;
import org.oxidizer.core.target.MethodSwap;
import org.oxidizer.core.target.TargetRun;
import org.oxidizer.core.target.TargetSpec;

/** Report inputs built by hand, for testing the writers without running targets (the integration test runs them). */
final class ReportFixtures {

    static final String HOSTILE_FRAME = "<img src=x onerror=alert(1)>";
    /** With a space, so the importer leaves its slashes alone; {@code </script >} still ends a script element. */
    static final String SCRIPT_FRAME = "</script ><script>alert(2)</script >";
    static final String QUOTED_FRAME = "Say.\"hello\" & 'bye' <!-- x";
    static final String SEPARATOR_FRAME = "line\u2028para\u2029end";
    static final String MARKDOWN_FRAME = "pipe|tick`[link](javascript:alert(3))";
    static final List<String> HOSTILE_FRAMES = List.of(HOSTILE_FRAME, SCRIPT_FRAME, QUOTED_FRAME, SEPARATOR_FRAME, MARKDOWN_FRAME);
    static final String HOSTILE_ARG = "$(touch /tmp/pwned) '<b>x</b>'";

    private static final String METHOD = "org/acme/Texts.extract";

    private ReportFixtures() {
    }

    static MigrationReport report() throws Exception {
        return report("abc123");
    }

    /** A report whose after run printed {@code afterChecksum} (the before run printed abc123). */
    static MigrationReport report(String afterChecksum) throws Exception {
        return report(afterChecksum, 1);
    }

    /**
     * Hostile names everywhere a target can put one: frames on both sides (one new after), the workload's name
     * and a program argument.
     */
    static MigrationReport report(String afterChecksum, int runsPerSide) throws Exception {
        TargetSpec spec = TargetSpec.mainClass("w", "org.acme.Main", List.of(Path.of("w.jar")), List.of("--name", HOSTILE_ARG))
            .withJvmOptions(List.of("-Xmx1g"));
        MethodSwap swap = new MethodSwap("org.acme.Texts", "extract", "extract_and_aggregate");
        Workload workload = new Workload("<script>w</script>", "a workload & its \"description\"", spec, List.of(swap));
        StringBuilder before = new StringBuilder("main;" + METHOD + ";" + HOSTILE_FRAME + " 60\n");
        before.append("main;" + METHOD + ";java/util/regex/Pattern.matcher 20\n");
        for (String frame : HOSTILE_FRAMES.subList(1, HOSTILE_FRAMES.size())) {
            before.append("main;").append(frame).append(" 3\n");
        }
        String after = "main;" + METHOD + ";extract_and_aggregate 30\nmain;" + SCRIPT_FRAME + " 2\nmain 10\n";
        List<TargetRun> befores = new ArrayList<>();
        List<TargetRun> afters = new ArrayList<>();
        for (int i = 0; i < runsPerSide; i++) {
            befores.add(run(spec, 8000 + 400 * i, 2_000_000_000L, "abc123", before.toString(), timed()));
            afters.add(run(spec, 2000 + 100 * i, 1_000_000_000L, afterChecksum, after, swapped()));
        }
        Comparison comparison = new Comparison(workload, befores, afters,
            List.of(run(spec, 1500, 900_000_000L, "", after, predicted())));
        Environment env = new Environment("17", "vendor", "Linux", "cpu", 2, 1L << 34, List.of("-Xmx64m"),
            Map.of("oxidizer", "0.1.0", "async-profiler", "4.1"));
        return new MigrationReport(comparison, env, Instant.parse("2026-11-23T10:00:00Z"), "./oxidizer demo", null);
    }

    /** The before run: 6 s of the 8 s in the method, its first three calls 300 ms. */
    private static AgentReport timed() {
        return new AgentReport("cpu", null, null, List.of(new AgentReport.SwapReport(
            "org.acme.Texts.extract(Ljava/util/List;)Ljava/util/List;", "extract_and_aggregate", "observe", true, 0, 0, 20,
            0, 0, null, ABMeasurement.none("only timed"), 20, 6_000_000_000L, new long[] {100_000_000, 100_000_000, 100_000_000},
            1, 50_000_000, 0, null)), 0, 0);
    }

    /** The prediction run: the kernel 3x on captured calls, 150 ms of setup and comparison. */
    private static AgentReport predicted() {
        return new AgentReport(null, null, null, List.of(new AgentReport.SwapReport(
            "org.acme.Texts.extract(Ljava/util/List;)Ljava/util/List;", "extract_and_aggregate", "observe", true, 0, 0, 3,
            3, 3, null, new ABMeasurement(new long[] {3_000_000, 3_000_000, 3_000_000, 3_000_000, 3_000_000, 3_000_000},
                new long[] {1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000}, 3, true, 2, 1_000_000_000L,
                900_000_000L, null), 3, 300_000_000L, new long[] {100_000_000, 100_000_000, 100_000_000}, 1, 150_000_000L,
            50_000_000L, null)), 0, 0);
    }

    private static AgentReport swapped() {
        return new AgentReport("cpu", null, null, List.of(new AgentReport.SwapReport(
            "org.acme.Texts.extract(Ljava/util/List;)Ljava/util/List;", "extract_and_aggregate", "swapped", true, 17, 0, 20,
            3, 3, null, new ABMeasurement(new long[] {3_000_000, 3_000_000, 3_000_000, 3_000_000, 3_000_000, 3_000_000},
                new long[] {1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000}, 3, true, 2, 1_000_000_000L,
                900_000_000L, null), 0, 0, new long[0], 0, 0, 0, null)), 0, 0);
    }

    private static TargetRun run(TargetSpec spec, long wall, long peak, String checksum, String collapsed, AgentReport agent)
            throws Exception {
        Profile profile = new CollapsedStacksImporter().read("p", new BufferedReader(new StringReader(collapsed)));
        List<ProcSample> series = List.of(new ProcSample(0, peak / 2, peak / 2, 0, 10, 0),
            new ProcSample(wall / 2, peak, peak, wall * 500_000, 12, 150),
            new ProcSample(wall, peak, peak, wall * 1_000_000, 12, 100));
        RunMeasurement m = new RunMeasurement(wall, wall * 1_000_000, peak, 12, series);
        List<String> command = new ArrayList<>(List.of("/usr/lib/jvm/java-17/bin/java", "-Xmx1g",
            "-javaagent:/opt/oxidizer-agent.jar=event=cpu", "-cp", "/opt/w.jar", "org.acme.Main"));
        command.addAll(spec.programArgs());
        return new TargetRun(spec, 0, m, Map.of("checksum", checksum, "hotMillis", String.valueOf(wall / 2)), agent, profile,
            List.of(), command);
    }
}
