package org.oxidizer.gui.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oxidizer.core.target.LocalJvm;
import org.oxidizer.core.task.CurrentThreadTaskExecutor;
import org.oxidizer.core.target.Target;
import org.oxidizer.gui.model.Workbench;

class TargetViewModelTest {

    private final Workbench workbench = new Workbench();
    private final TargetViewModel model = new TargetViewModel(workbench, new CurrentThreadTaskExecutor(),
        () -> List.of(new LocalJvm(4242, "com.acme.Server", "--port 8080")));

    @Test
    void theSampleComesWithItsSizeAndSwapPlan() {
        model.sampleSizeProperty().set(200_000);
        model.chooseSample(model.samples().get(0));
        Target chosen = workbench.target();
        assertEquals(Target.Kind.SAMPLE, chosen.kind());
        assertEquals("200000", chosen.spec().programArgs().get(1));
        // The headline's plan is its chain over a file (reading, extraction, totals), not the extraction alone.
        assertEquals("daily_totals_of_file", chosen.workload().swaps().get(0).kernelId());
    }

    @Test
    void theLaunchFormSaysWhatIsMissing() {
        model.launchJarProperty().set(false);
        model.mainClassProperty().set("com.acme.Main");
        model.chooseLaunch();
        assertEquals("Give the main class and its class path.", model.launchErrorProperty().get());
        assertNull(workbench.target());
        model.classpathProperty().set("lib/a.jar:lib/b.jar");
        model.programArgsProperty().set("--name 'two words'");
        model.chooseLaunch();
        assertEquals(List.of("--name", "two words"), workbench.target().spec().programArgs());
        assertEquals(2, workbench.target().spec().classpath().size());
    }

    @Test
    void runningJvmsAreListedAndAttachable() {
        model.refreshJvms();
        assertEquals(1, model.jvms().size());
        model.chooseJvm(model.jvms().get(0));
        assertEquals(4242, workbench.target().pid());
        assertEquals(Target.Kind.ATTACH, workbench.target().kind());
    }
}
