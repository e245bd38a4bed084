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
import org.oxidizer.core.profile.CollapsedStacksImporter;
import org.oxidizer.core.profile.HotMethods;
import org.oxidizer.core.profile.Hotspot;
import org.oxidizer.core.profile.JfrImporter;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.task.Progress;

/** Each profiling mode on a real launched child JVM, plus the ways a run can end badly. */
class ProfilingModesTest {

    private static TargetSpec sample(int texts) {
        return TargetSpec.mainClass("sample", "org.oxidizer.samples.textagg.TextAggregationPipeline",
            List.of(BundledJars.samplesJar()), List.of("--texts", Integer.toString(texts), "--batch", "5000"))
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
    void nativeMemoryIsProfiledInBytesAndWhatStaysHeldIsItsLeaks(@TempDir Path dir) throws Exception {
        // The direct-buffer sample mallocs each payload's memory outside the heap, and keeps a window of them.
        TargetSpec spec = TargetSpec.mainClass("sum-bytes-direct", "org.oxidizer.samples.numeric.SumBytesWorkload",
            List.of(BundledJars.samplesJar()), List.of("--rounds", "20", "--seed", "42", "--holder", "direct"))
            .withJvmOptions(List.of("-Xmx256m"));
        TargetRun run = run(spec, new AgentRequest("nativemem", null, true, List.of()), dir);
        assertEquals(0, run.exitCode(), String.join("\n", run.outputTail()));
        assertEquals("nativemem", run.agent().profileEvent());
        Profile allocated = new JfrImporter().read(dir.resolve("profile.jfr"), JfrImporter.Kind.NATIVEMEM);
        Profile held = new JfrImporter().read(dir.resolve("profile.jfr"), JfrImporter.Kind.LEAKS);
        assertTrue(allocated.totalSamples() > 1_000_000, "bytes malloc'd: " + allocated.totalSamples());
        assertTrue(HotMethods.byTotal(allocated).stream().map(Hotspot::frame)
            .anyMatch(f -> f.contains("allocateDirect") || f.contains("Unsafe.allocateMemory")), "the direct buffers' stacks");
        assertTrue(held.totalSamples() > 0 && held.totalSamples() <= allocated.totalSamples(),
            "held " + held.totalSamples() + " of " + allocated.totalSamples());
    }

    @Test
    void aTargetKilledMidProfileKeepsItsSamples(@TempDir Path dir) throws Exception {
        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        long started = System.nanoTime();
        try {
            // Kill once a snapshot on disk holds 300 samples (or after two minutes, which then fails below),
            // and not before two seconds, so the sampler's series has points whatever the machine's load.
            killer.scheduleWithFixedDelay(() -> {
                boolean ready = System.nanoTime() - started > TimeUnit.SECONDS.toNanos(2)
                    && snapshotSamples(dir.resolve("profile.collapsed")) >= 300;
                if (ready || System.nanoTime() - started > TimeUnit.MINUTES.toNanos(2)) {
                    ProcessHandle.allProcesses()
                        .filter(p -> p.info().commandLine().orElse("").contains("--texts 90000000"))
                        .forEach(ProcessHandle::destroyForcibly);
                }
            }, 200, 200, TimeUnit.MILLISECONDS);
            TargetRun run = run(sample(90_000_000), AgentRequest.profileCpu(), dir);
            assertFalse(run.succeeded(), "killed");
            assertTrue(run.profile().totalSamples() >= 300, "the last snapshot survives: " + run.profile().totalSamples());
            assertTrue(run.measurement().series().size() > 10, "the sampler's series survives: " + run.measurement().series().size());
        } finally {
            killer.shutdownNow();
        }
    }

    private static long snapshotSamples(Path collapsed) {
        try {
            return Files.isRegularFile(collapsed) ? new CollapsedStacksImporter().read(collapsed).totalSamples() : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    /** Every JDK installed here, one per feature version: 17 and 25 on the project's machines; 11 and 21 where present. */
    static List<Path> installedJdks() throws java.io.IOException {
        Map<Integer, Path> byVersion = new java.util.TreeMap<>();
        Path root = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(root)) {
            try (var dirs = Files.list(root)) {
                for (Path jdk : dirs.sorted().toList()) {
                    if (Files.isExecutable(jdk.resolve("bin/java")) && Files.isRegularFile(jdk.resolve("release"))) {
                        byVersion.putIfAbsent(JavaRuntimeVersion.feature(jdk), jdk.toRealPath());
                    }
                }
            }
        }
        return List.copyOf(byVersion.values());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("installedJdks")
    void targetsOnEveryInstalledJdkProfileAndSwap(Path jdk, @TempDir Path dir) throws Exception {
        assumeTrue(JavaRuntimeVersion.feature(jdk) >= 11, "the agent is built for Java 11 and later");
        TargetSpec base = sample(60_000);
        TargetSpec onJdk = new TargetSpec("sample-" + JavaRuntimeVersion.feature(jdk), jdk, base.mainClass(), null,
            base.classpath(), base.programArgs(), base.jvmOptions(), null, Map.of());
        TargetRun java = run(onJdk, AgentRequest.profileCpu(), dir.resolve("java"));
        TargetRun kernel = run(onJdk, AgentRequest.profileCpu().withSwaps(List.of(new MethodSwap(
            "org.oxidizer.samples.textagg.TextAggregation", "extractAndAggregate", "extract_and_aggregate"))), dir.resolve("kernel"));
        assertEquals(0, kernel.exitCode(), String.join("\n", kernel.outputTail()));
        assertEquals(java.checksum(), kernel.checksum());
        assertTrue(java.profile().totalSamples() > 0, "profiled on " + jdk);
        assertTrue(kernel.agent().swaps().get(0).calls() > 0);
        assertTrue(kernel.outputTail().stream().noneMatch(l -> l.contains("WARNING")),
            "no JVM warnings in the target's output: " + kernel.outputTail());
    }
}
