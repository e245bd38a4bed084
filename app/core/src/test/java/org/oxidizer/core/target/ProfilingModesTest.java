package org.oxidizer.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidizer.core.profile.HotMethods;
import org.oxidizer.core.profile.Hotspot;
import org.oxidizer.core.profile.JfrImporter;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.task.Progress;

/** Each profiling mode on a real launched child JVM, plus the ways a run can end badly. */
class ProfilingModesTest {

    private static TargetSpec sample(int texts) {
        return TargetSpec.mainClass("sample", "org.oxidizer.samples.textagg.TextAggregationPipeline",
            List.of(BundledJars.samplesJar()), List.of("--texts", Integer.toString(texts), "--batch", "20000"))
            .withJvmOptions(List.of("-Xmx256m"));
    }

    private static TargetRun run(TargetSpec spec, AgentRequest request, Path dir) throws Exception {
        return new TargetLauncher(BundledJars.agentJar()).run(spec, request, dir, Progress.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "itimer", "wall", "alloc", "lock"})
    void everyModeProfilesTheSample(String event, @TempDir Path dir) throws Exception {
        TargetRun run = run(sample(120_000), new AgentRequest(event, null, true, List.of()), dir);
        assertEquals(0, run.exitCode(), String.join("\n", run.outputTail()));
        String used = run.agent().profileEvent();
        assertTrue(event.equals(used) || event.equals("cpu") && used.equals("itimer"), "ran " + used);
        Profile collapsed = run.profile();
        if (!event.equals("lock")) {     // one thread, no contention: a lock profile may rightly be empty
            assertTrue(collapsed.totalSamples() > 0, event + ": no samples");
            assertTrue(HotMethods.byTotal(collapsed).stream().map(Hotspot::frame)
                .anyMatch(f -> f.startsWith("org.oxidizer.samples.textagg.")), event + ": sample frames");
        }
        assertTrue(Files.size(dir.resolve("profile.jfr")) > 0, "JFR recorded alongside");
        if (event.equals("cpu") || event.equals("itimer")) {
            assertTrue(new JfrImporter().read(dir.resolve("profile.jfr"), JfrImporter.Kind.CPU).totalSamples() > 0);
        }
    }

    @Test
    void aTargetKilledMidProfileKeepsItsSamples(@TempDir Path dir) throws Exception {
        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        try {
            killer.schedule(() -> ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("--texts 90000000"))
                .forEach(ProcessHandle::destroyForcibly), 5, TimeUnit.SECONDS);
            TargetRun run = run(sample(90_000_000), AgentRequest.profileCpu(), dir);
            assertFalse(run.succeeded(), "killed");
            assertTrue(run.profile().totalSamples() > 50, "the last snapshot survives: " + run.profile().totalSamples());
            assertTrue(run.measurement().series().size() > 10, "the sampler's series survives");
        } finally {
            killer.shutdownNow();
        }
    }

    @Test
    void aJdk25TargetWorksWithTheSwap(@TempDir Path dir) throws Exception {
        Path jdk25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        assumeTrue(Files.isExecutable(jdk25.resolve("bin/java")), "no JDK 25 on this machine");
        TargetSpec base = sample(60_000);
        TargetSpec on25 = new TargetSpec("sample-25", jdk25, base.mainClass(), null, base.classpath(), base.programArgs(),
            base.jvmOptions(), null, Map.of());
        TargetRun java = run(on25, AgentRequest.profileCpu(), dir.resolve("java"));
        TargetRun kernel = run(on25, AgentRequest.profileCpu().withSwaps(List.of(new MethodSwap(
            "org.oxidizer.samples.textagg.TextAggregation", "extractAndAggregate", "extract_and_aggregate"))), dir.resolve("kernel"));
        assertEquals(0, kernel.exitCode(), String.join("\n", kernel.outputTail()));
        assertEquals(java.checksum(), kernel.checksum());
        assertTrue(kernel.agent().swaps().get(0).calls() > 0);
        assertTrue(kernel.outputTail().stream().noneMatch(l -> l.contains("WARNING")),
            "no JVM warnings in the target's output: " + kernel.outputTail());
    }
}
