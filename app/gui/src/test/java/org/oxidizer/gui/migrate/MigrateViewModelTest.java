package org.oxidizer.gui.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oxidizer.core.samples.BundledSamples;
import org.oxidizer.core.target.MethodSwap;
import org.oxidizer.core.target.ProfileResult;
import org.oxidizer.core.target.Target;
import org.oxidizer.core.task.CurrentThreadTaskExecutor;
import org.oxidizer.core.task.Progress;
import org.oxidizer.gui.Fixtures;
import org.oxidizer.gui.model.MigrationOutcome;
import org.oxidizer.gui.model.Workbench;
import org.oxidizer.kernels.catalog.KernelCatalog;

class MigrateViewModelTest {

    private final Workbench workbench = new Workbench();
    private final MigrationService real = new LaunchSwapMigrationService(KernelCatalog.bundled());
    private final MigrationService service = new MigrationService() {
        @Override
        public List<KernelInfo> kernels() {
            return real.kernels();
        }

        @Override
        public List<MethodSwap> swapPlan(Target target) {
            return real.swapPlan(target);
        }

        @Override
        public MigrationOutcome runBeforeAfter(Target target, int repeats, Path outDir, Progress progress) {
            return new MigrationOutcome(Fixtures.comparison(), null, outDir, "./oxidizer demo");
        }
    };
    private final MigrateViewModel model = new MigrateViewModel(workbench, new CurrentThreadTaskExecutor(), service,
        kind -> Path.of("/tmp/none"));

    @Test
    void listsTheBundledKernelCatalog() {
        assertTrue(model.kernels().stream().anyMatch(k -> k.id().equals("extract_and_aggregate")));
    }

    @Test
    void aTargetWithoutASwapPlanCannotRun() {
        workbench.chooseTarget(Target.file("x.collapsed"));
        assertTrue(model.plan().isEmpty());
        assertFalse(model.canRun());
        assertEquals("no swap plan for x.collapsed", model.summaryProperty().get());
    }

    @Test
    void theSamplesPlanShowsTheMethodsShareOfTheProfile() {
        // The sample's one-method plan (the headline demo's is the chain over a file, which this profile lacks).
        workbench.chooseTarget(BundledSamples.byId(BundledSamples.HEADLINE).target(List.of("--texts", "1000"), List.of()));
        assertTrue(Double.isNaN(model.plan().get(0).profileShare()));
        workbench.profiled(new ProfileResult(Fixtures.before(), "cpu", List.of(), List.of(), ""));
        SwapRow row = model.plan().get(0);
        assertEquals(Fixtures.HOT, row.method());
        assertEquals("extract_and_aggregate", row.kernel());
        assertEquals(70, row.profileShare(), 1e-9);
        assertEquals("1 swap planned", model.summaryProperty().get());
    }

    @Test
    void aBeforeAfterRunBecomesTheWorkbenchsOutcome() {
        workbench.chooseTarget(Target.sample(BundledSamples.headline(1000, 42, List.of())));
        model.runBeforeAfter();
        assertTrue(workbench.migration().sound());
        assertEquals("2.0x faster", model.summaryProperty().get());
        assertFalse(model.runningProperty().get());
    }
}
