package org.oxidizer.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidizer.core.samples.BundledSamples;
import org.oxidizer.core.task.Progress;
import org.oxidizer.core.task.StopSignal;

/** The one profiling routine both faces use, on real targets: a launched one stopped by a person, an attached one. */
class ProfilingTest {

    @Test
    void aLaunchedTargetStoppedMidRunKeepsWhatWasSampledAndSaysSo(@TempDir Path dir) throws Exception {
        Target sample = BundledSamples.byId(BundledSamples.HEADLINE).target(BundledSamples.byId(BundledSamples.HEADLINE).liveArgs(),
            List.of("-Xmx512m"));
        StopSignal stop = new StopSignal();
        AtomicInteger live = new AtomicInteger();
        Thread stopper = new Thread(() -> {
            // Stop once the agent's first snapshot is on disk: then there is something to keep whatever the load.
            try {
                while (!Files.isRegularFile(dir.resolve("profile.collapsed")) || Files.size(dir.resolve("profile.collapsed")) == 0) {
                    Thread.sleep(50);
                }
            } catch (Exception e) {
                return;
            } finally {
                stop.request();
            }
        });
        stopper.start();
        ProfileResult result = Profiling.withBundledAgent().profile(sample, new ProfileSettings("cpu", null, 0), dir,
            Progress.NONE, s -> live.incrementAndGet(), stop);
        stopper.join();
        assertTrue(result.note().startsWith("text-aggregation stopped after "), result.note());
        assertTrue(result.profile().totalSamples() > 0, "the samples up to the stop are kept");
        assertTrue(live.get() > 0 && !result.series().isEmpty(), "the /proc samples reached the live view and the result");
        assertTrue(result.files().contains(dir.resolve("profile.collapsed")));
    }

    @Test
    void anAttachedJvmIsProfiledForTheDurationAndKeepsRunning(@TempDir Path dir) throws Exception {
        try (ChildJvm child = ChildJvm.startBusy()) {
            ProfileResult result = Profiling.withBundledAgent().profile(Target.attach(child.pid(), ""),
                new ProfileSettings("cpu", null, 2), dir, Progress.NONE, s -> { }, new StopSignal());
            assertTrue(result.note().matches("profiled JVM " + child.pid() + " with (cpu|itimer) for .*; it keeps running.*"),
                result.note());
            assertTrue(result.profile().totalSamples() > 0);
            assertTrue(List.of("cpu", "itimer").contains(result.event()), result.event());
            assertTrue(ProcessHandle.of(child.pid()).map(ProcessHandle::isAlive).orElse(false), "the target keeps running");
        }
    }

    @Test
    void aProfileFileIsNothingToRun(@TempDir Path dir) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> Profiling.withBundledAgent().profile(Target.file("p.collapsed"), new ProfileSettings("cpu", null, 1), dir,
                Progress.NONE, s -> { }, new StopSignal()));
        assertEquals("p.collapsed is a profile file: there is nothing to run", e.getMessage());
        assertFalse(Files.exists(dir.resolve("profile.collapsed")));
    }
}
