package org.oxidizer.gui.hotspots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oxidizer.core.profile.HotMethodRow;
import org.oxidizer.core.target.ProfileResult;
import org.oxidizer.core.target.Target;
import org.oxidizer.core.task.CurrentThreadTaskExecutor;
import org.oxidizer.gui.Fixtures;
import org.oxidizer.gui.model.Workbench;

class HotspotsViewModelTest {

    private final Workbench workbench = new Workbench();
    private final HotspotsViewModel model = new HotspotsViewModel(workbench, new CurrentThreadTaskExecutor());

    private void profile() {
        workbench.chooseTarget(Target.file("before.collapsed"));
        workbench.profiled(new ProfileResult(Fixtures.before(), "cpu", List.of(), List.of(), ""));
    }

    @Test
    void needsAProfileFirst() {
        assertFalse(model.readyProperty().get());
        assertEquals("needs a profile", model.summaryProperty().get());
    }

    @Test
    void theMethodThatCallsTheRegexIsOnTop() {
        profile();
        HotMethodRow top = model.rows().get(0);
        assertEquals(Fixtures.HOT, top.method());
        assertEquals(70.0, top.selfPercent(), 1e-9, "its regex and HashMap time is its own");
        assertEquals("extractAndAggregate 70%", model.summaryProperty().get());
        assertTrue(model.noteProperty().get().startsWith("20%"), model.noteProperty().get());
        assertTrue(model.isHot(top));
    }

    @Test
    void everyFrameForItselfWhenAskedAndFilterable() {
        profile();
        model.applicationViewProperty().set(false);
        assertEquals("java.util.regex.Matcher.find", model.rows().get(0).method());
        model.filterProperty().set("gc");
        assertEquals(List.of("G1ParScanThreadState::trim_queue_to_threshold"),
            model.rows().stream().map(HotMethodRow::method).toList(), "the filter matches categories too");
    }

    @Test
    void theFlameGraphShowsTheSelectedMethodsCallersAndCallees() {
        profile();
        model.flameViewProperty().set(HotspotsViewModel.FlameView.CALLERS);
        assertEquals("Callers: select a method in the table", model.flameTitleProperty().get());
        model.methodProperty().set(Fixtures.HOT);
        assertTrue(model.flameTitleProperty().get().startsWith("Callers (back traces) of extractAndAggregate ("),
            model.flameTitleProperty().get());
        org.oxidizer.gui.flame.FlameData callers = model.flameProperty().get();
        double all = callers.weight(callers.root());
        model.flameViewProperty().set(HotspotsViewModel.FlameView.CALLEES);
        assertTrue(model.flameTitleProperty().get().startsWith("Callees (merged) of extractAndAggregate ("),
            model.flameTitleProperty().get());
        org.oxidizer.gui.flame.FlameData callees = model.flameProperty().get();
        assertEquals(all, callees.weight(callees.root()), 1e-9, "both views weigh the samples the method is on");
        model.methodProperty().set("no such method");
        assertEquals("no frame of " + Fixtures.before().source() + " contains 'no such method'", model.flameTitleProperty().get());
        model.flameViewProperty().set(HotspotsViewModel.FlameView.WHOLE);
        assertEquals(100, model.flameProperty().get().weight(model.flameProperty().get().root()), 1e-9);
    }

    @Test
    void categoriesAndFlameGraphComeWithTheRows() {
        profile();
        assertTrue(model.diagnosisProperty().get().startsWith("50% regex"), model.diagnosisProperty().get());
        assertEquals(100, model.flameProperty().get().weight(model.flameProperty().get().root()), 1e-9);
    }

    @Test
    void anotherTargetClearsTheAnalysis() {
        profile();
        workbench.chooseTarget(Target.file("other.collapsed"));
        assertTrue(model.rows().isEmpty());
        assertEquals("needs a profile", model.summaryProperty().get());
    }

    @Test
    void aCollapsedProfileSaysItHasNoTimeLine() {
        profile();
        assertFalse(model.timelineProperty().get().hasTimes());
        assertTrue(model.timelineNoteProperty().get().startsWith("No time line: collapsed stacks carry no timestamps"),
            model.timelineNoteProperty().get());
        assertEquals(null, model.swapMark());
    }

    /** A real recording with a named moment: ranges show their own methods, two ranges a differential flame graph. */
    @Test
    void rangesOfARecordingShowTheirOwnHotMethodsAndTheirDifference(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        org.oxidizer.core.target.TargetSpec sample = org.oxidizer.core.target.TargetSpec.mainClass("sample",
            "org.oxidizer.samples.textagg.TextAggregationPipeline", List.of(org.oxidizer.core.target.BundledJars.samplesJar()),
            List.of("--texts", "150000")).withJvmOptions(List.of("-Xmx256m"));
        org.oxidizer.core.target.TargetRun run = new org.oxidizer.core.target.TargetLauncher(
            org.oxidizer.core.target.BundledJars.agentJar()).run(sample,
            new org.oxidizer.core.target.AgentRequest("cpu", "1ms", true, List.of()), dir, org.oxidizer.core.task.Progress.NONE);
        java.nio.file.Path jfr = dir.resolve("profile.jfr");
        org.oxidizer.core.profile.Timeline read = org.oxidizer.core.profile.ProfileFiles.timeline(jfr,
            org.oxidizer.core.profile.JfrImporter.Kind.CPU);
        long middle = read.durationNanos() / 2;
        org.oxidizer.core.profile.ProfileFiles.writeMarks(jfr, List.of(new org.oxidizer.core.profile.Timeline.Mark(
            read.startEpochNanos() + middle, "swap: extractAndAggregate → extract_and_aggregate")));

        workbench.chooseTarget(Target.file("profile.jfr"));
        workbench.profiled(new ProfileResult(run.profile(), "cpu", List.of(), List.of(dir.resolve("profile.collapsed"), jfr), ""));
        org.oxidizer.core.profile.Timeline line = model.timelineProperty().get();
        assertTrue(line.hasTimes(), model.timelineNoteProperty().get());
        assertTrue(model.timelineNoteProperty().get().contains("Drag to see a range"), model.timelineNoteProperty().get());
        assertEquals(middle, model.swapMark().atNanos());

        model.compareAroundSwap();
        assertEquals(new HotspotsViewModel.Range(0, middle), model.firstRangeProperty().get());
        assertEquals(new HotspotsViewModel.Range(middle, line.durationNanos()), model.secondRangeProperty().get());
        assertTrue(model.flameTitleProperty().get().startsWith("Differential: 0.0–"), model.flameTitleProperty().get());
        assertTrue(Double.isFinite(model.flameProperty().get().delta(model.flameProperty().get().root())),
            "a differential tree: every node has a change");

        model.secondRangeProperty().set(null);
        assertTrue(model.flameTitleProperty().get().startsWith("Range 0.0–"), model.flameTitleProperty().get());
        assertEquals(line.between(0, middle).totalSamples(), Math.round(model.flameProperty().get().weight(
            model.flameProperty().get().root())), "the flame graph is the first range's");

        model.clearRanges();
        assertEquals(null, model.secondRangeProperty().get());
        assertEquals("Flame graph", model.flameTitleProperty().get());
        assertEquals(run.profile().totalSamples(), Math.round(model.flameProperty().get().weight(model.flameProperty().get().root())));
    }

    /** A native-memory profile from a real run: counted in bytes, its time line in bytes, and what was still held at the end. */
    @Test
    void aNativeMemoryProfileShowsBytesAndWhatWasStillHeldAtTheEnd(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        org.oxidizer.core.target.TargetSpec spec = org.oxidizer.core.target.TargetSpec.mainClass("sum-bytes-direct",
            "org.oxidizer.samples.numeric.SumBytesWorkload", List.of(org.oxidizer.core.target.BundledJars.samplesJar()),
            List.of("--rounds", "20", "--seed", "42", "--holder", "direct")).withJvmOptions(List.of("-Xmx256m"));
        org.oxidizer.core.target.ProfileResult result = org.oxidizer.core.target.Profiling.withBundledAgent().profile(
            Target.launch(spec), new org.oxidizer.core.target.ProfileSettings("nativemem", null, 0), dir,
            org.oxidizer.core.task.Progress.NONE, sample -> { }, new org.oxidizer.core.task.StopSignal());
        assertEquals(org.oxidizer.core.profile.Profile.Unit.BYTES, result.profile().unit(), "profiled in bytes, not malloc calls");
        workbench.chooseTarget(Target.file("profile.jfr"));
        workbench.profiled(result);
        assertTrue(model.nativeMemoryProperty().get());
        assertEquals("bytes", model.unitProperty().get());
        assertEquals(org.oxidizer.core.profile.Profile.Unit.BYTES, model.timelineProperty().get().whole().unit());
        assertTrue(model.timelineNoteProperty().get().contains(" bytes. Drag"), model.timelineNoteProperty().get());
        long mallocd = Math.round(model.flameProperty().get().weight(model.flameProperty().get().root()));
        assertEquals(result.profile().totalSamples(), mallocd);

        model.heldAtEndProperty().set(true);
        assertTrue(model.flameTitleProperty().get().startsWith("Still held at the end: "), model.flameTitleProperty().get());
        long held = Math.round(model.flameProperty().get().weight(model.flameProperty().get().root()));
        assertTrue(held > 0 && held <= mallocd, held + " held of " + mallocd);
        model.heldAtEndProperty().set(false);
        assertEquals(mallocd, Math.round(model.flameProperty().get().weight(model.flameProperty().get().root())));
    }
}
