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
}
