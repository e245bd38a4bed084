package org.oxidizer.gui.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.core.samples.BundledSamples;
import org.oxidizer.core.target.ProfileResult;
import org.oxidizer.core.target.ProfileSettings;
import org.oxidizer.core.target.Target;
import org.oxidizer.core.task.CurrentThreadTaskExecutor;
import org.oxidizer.gui.Fixtures;
import org.oxidizer.gui.model.Workbench;

class ProfileViewModelTest {

    private final Workbench workbench = new Workbench();
    private final List<ProfileSettings> asked = new ArrayList<>();
    private final List<Integer> liveSeen = new ArrayList<>();
    private ProfilingService service = (target, settings, dir, progress, live, stop) -> {
        asked.add(settings);
        ProcSample s = new ProcSample(100, 1 << 20, 1 << 20, 1_000_000, 9, 100);
        live.accept(s);
        return new ProfileResult(Fixtures.before(), "cpu", List.of(s, s), List.of(), "exited with code 0");
    };

    private ProfileViewModel model() {
        ProfileViewModel model = new ProfileViewModel(workbench, new CurrentThreadTaskExecutor(),
            (t, st, d, p, live, stop) -> service.profile(t, st, d, p, s -> {
                liveSeen.add(1);
                live.accept(s);
            }, stop), Runnable::run, kind -> Path.of("/tmp/none"));
        return model;
    }

    @Test
    void cannotStartWithoutARunnableTarget() {
        ProfileViewModel model = model();
        assertEquals("needs a target", model.summaryProperty().get());
        model.start();
        assertTrue(asked.isEmpty());
        workbench.chooseTarget(Target.file("x.jfr"));
        assertFalse(model.canStart());
    }

    @Test
    void profilesWithTheChosenSettingsAndHandsTheProfileOn() {
        ProfileViewModel model = model();
        List<ProfileResult> handed = new ArrayList<>();
        model.setOnProfiled(handed::add);
        workbench.chooseTarget(Target.sample(BundledSamples.headline(1000, 42, List.of())));
        model.eventProperty().set("wall");
        model.intervalProperty().set(" 1ms ");
        model.start();
        assertEquals(List.of(new ProfileSettings("wall", "1ms", 10)), asked);
        assertEquals(1, liveSeen.size());
        assertSame(handed.get(0), workbench.profile());
        assertEquals(2, model.samples().size(), "the finished run's full series replaces the live one");
        assertEquals("166 samples, cpu".replace("166", "100"), model.summaryProperty().get());
        assertFalse(model.runningProperty().get());
    }

    @Test
    void aFailureIsShownInOneSentence() {
        service = (target, settings, dir, progress, live, stop) -> {
            throw new IOException("text-aggregation exited with code 1 before any sample was taken");
        };
        ProfileViewModel model = model();
        workbench.chooseTarget(Target.sample(BundledSamples.headline(1000, 42, List.of())));
        model.start();
        assertEquals("text-aggregation exited with code 1 before any sample was taken", model.errorProperty().get());
        assertEquals("profiling failed", workbench.targetStateProperty().get());
        assertFalse(model.runningProperty().get());
    }
}
