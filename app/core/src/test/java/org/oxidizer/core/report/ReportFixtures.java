package org.oxidizer.core.report;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.core.measure.RunMeasurement;
import org.oxidizer.core.migrate.Comparison;
import org.oxidizer.core.migrate.Workload;
import org.oxidizer.core.profile.CollapsedStacksImporter;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.target.AgentReport;
import org.oxidizer.core.target.MethodSwap;
import org.oxidizer.core.target.TargetRun;
import org.oxidizer.core.target.TargetSpec;

/** Report inputs built by hand, for testing the writers without running targets (the integration test runs them). */
final class ReportFixtures {

    static final String HOSTILE_FRAME = "<img src=x onerror=alert(1)>";

    private ReportFixtures() {
    }

    static MigrationReport report() throws Exception {
        return report("abc123");
    }

    /** A report whose after run printed {@code afterChecksum} (the before run printed abc123). */
    static MigrationReport report(String afterChecksum) throws Exception {
        TargetSpec spec = TargetSpec.mainClass("w", "org.acme.Main", List.of(Path.of("w.jar")), List.of());
        MethodSwap swap = new MethodSwap("org.acme.Texts", "extract", "extract_and_aggregate");
        Workload workload = new Workload("<script>w</script>", "a workload & its \"description\"", spec, List.of(swap));
        TargetRun before = run(spec, 8000, 2_000_000_000L, "abc123", "main;org/acme/Texts.extract;" + HOSTILE_FRAME + " 90\nmain 10\n");
        TargetRun after = run(spec, 2000, 1_000_000_000L, afterChecksum, "main;org/acme/Texts.extract;extract_and_aggregate 30\nmain 10\n");
        Comparison comparison = new Comparison(workload, List.of(before), List.of(after));
        Environment env = new Environment("17", "vendor", "Linux", "cpu", 2, 1L << 34);
        return new MigrationReport(comparison, env, Instant.parse("2026-11-23T10:00:00Z"), "./oxidizer demo", null);
    }

    private static TargetRun run(TargetSpec spec, long wall, long peak, String checksum, String collapsed) throws Exception {
        Profile profile = new CollapsedStacksImporter().read("p", new BufferedReader(new StringReader(collapsed)));
        List<ProcSample> series = List.of(new ProcSample(0, peak / 2, peak / 2, 0, 10, 0),
            new ProcSample(wall, peak, peak, wall * 1_000_000, 12, 100));
        RunMeasurement m = new RunMeasurement(wall, wall * 1_000_000, peak, 12, series);
        return new TargetRun(spec, 0, m, Map.of("checksum", checksum, "hotMillis", String.valueOf(wall / 2)),
            AgentReport.none(), profile, List.of());
    }
}
