package org.oxidizer.gui.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidizer.core.live.AgentLiveSession;
import org.oxidizer.core.target.Target;
import org.oxidizer.core.task.CurrentThreadTaskExecutor;
import org.oxidizer.gui.ChildJvm;
import org.oxidizer.gui.model.Workbench;

/**
 * The view model over the real core and agent, attached to a real busy JVM: verify, swap, counters, revert,
 * a forced swap of the reverted (no longer woven) method, and the target's death.
 */
class LiveMigrationOnChildJvmTest {

    @Test
    void verifiesSwapsCountsRevertsAndReportsTheDeath(@TempDir Path dir) throws Exception {
        Workbench workbench = new Workbench();
        List<Runnable> ticking = new ArrayList<>();
        LiveMigrateViewModel model = new LiveMigrateViewModel(workbench, new CurrentThreadTaskExecutor(), AgentLiveSession::open,
            Runnable::run, (millis, job) -> {
                ticking.add(job);
                return () -> ticking.remove(job);
            }, dir::resolve);
        try (ChildJvm child = ChildJvm.startBusy()) {
            workbench.chooseTarget(Target.attach(child.pid(), "TextAggregationPipeline"));
            model.profileSecondsProperty().set(2);
            model.callsProperty().set(5);
            model.connect();
            assertEquals("", model.errorProperty().get());
            CandidateRow row = model.selectedProperty().get();
            assertEquals(FakeLiveSession.FRAME, row.candidate().frame(), "the headline method is the top replaceable one");

            model.verify();
            LiveMethod verified = model.currentProperty().get();
            assertTrue(verified.passed(), String.valueOf(verified.verification()));
            assertEquals(5, verified.verification().calls(), "small batches fit the capture's memory budget");
            assertEquals(5, verified.verification().identical());
            assertTrue(model.commands().canSwapProperty().get());

            model.swap();
            assertTrue(model.currentProperty().get().swapped(), model.errorProperty().get());
            // The swap was recorded: the workbench's profile now is the recording around it, the swap a moment on its time line.
            assertTrue(model.messageProperty().get().contains("are in Hotspots, on the time line"), model.messageProperty().get());
            org.oxidizer.core.target.ProfileResult recording = workbench.profile();
            org.oxidizer.core.profile.Timeline line = org.oxidizer.core.profile.ProfileFiles.timeline(recording.files(),
                org.oxidizer.core.profile.JfrImporter.Kind.CPU, recording.profile());
            assertTrue(line.hasTimes(), line.whyNone());
            assertEquals(1, line.marks().size(), line.marks().toString());
            assertTrue(line.marks().get(0).label().startsWith("swap: "), line.marks().get(0).label());
            long at = line.marks().get(0).atNanos();
            assertTrue(at > 0 && at < line.durationNanos(), at + " within " + line.durationNanos());
            assertTrue(line.between(0, at).totalSamples() > 0 && line.between(at, Long.MAX_VALUE).totalSamples() > 0,
                "a busy JVM is sampled on both sides of the swap");
            waitFor(() -> {
                ticking.forEach(Runnable::run);
                // two readings make a point: the method is measured in place while the session watches it
                return model.currentProperty().get().kernelCalls() >= 2 && !model.currentProperty().get().readings().isEmpty();
            });
            LiveMethod swapped = model.currentProperty().get();
            assertTrue(swapped.inPlaceText().startsWith("in place: Java "), swapped.inPlaceText());
            assertTrue(swapped.inPlaceText().contains("\nwhole run: predicted whole run "), swapped.inPlaceText());
            assertTrue(swapped.inPlaceText().contains("\nper call, in place: before (Java) "), swapped.inPlaceText());
            assertTrue(swapped.inPlaceText().matches("(?s).*; after \\(kernel\\) p50 .*, p99 .*"), swapped.inPlaceText());

            model.revert();
            assertFalse(model.currentProperty().get().woven());
            assertFalse(model.commands().canSwapProperty().get(), "the agent forgot the verification with the revert");

            model.forceSwap();
            assertEquals("", model.errorProperty().get());
            assertTrue(model.currentProperty().get().forced(), "a swap without a held verification is flagged");
            assertTrue(model.messageProperty().get().startsWith("SWAPPED UNVERIFIED"), model.messageProperty().get());

            child.kill();
            waitFor(() -> {
                new ArrayList<>(ticking).forEach(Runnable::run);
                return !model.connectedProperty().get();
            });
            assertTrue(model.errorProperty().get().startsWith("JVM " + child.pid() + " exited while Oxidizer worked on it"),
                model.errorProperty().get());
            assertFalse(model.candidates().isEmpty(), "what was recorded stays");
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting");
            }
            Thread.sleep(200);
        }
    }
}
