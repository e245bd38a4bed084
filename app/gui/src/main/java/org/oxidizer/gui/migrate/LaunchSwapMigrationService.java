package org.oxidizer.gui.migrate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.oxidizer.core.compare.Comparison;
import org.oxidizer.core.compare.MigrationFailedException;
import org.oxidizer.core.compare.MigrationRun;
import org.oxidizer.core.compare.Workload;
import org.oxidizer.core.target.MethodSwap;
import org.oxidizer.core.target.Target;
import org.oxidizer.core.task.Progress;
import org.oxidizer.gui.model.MigrationOutcome;
import org.oxidizer.kernels.catalog.Kernel;
import org.oxidizer.kernels.catalog.KernelCatalog;
import org.oxidizer.kernels.catalog.MethodShape;

/** The Migrate step over what the core has today: the bundled kernel catalog and {@link MigrationRun}. */
public final class LaunchSwapMigrationService implements MigrationService {

    private final KernelCatalog catalog;

    public LaunchSwapMigrationService(KernelCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<KernelInfo> kernels() {
        List<KernelInfo> kernels = new ArrayList<>();
        for (Kernel k : catalog.kernels()) {
            List<String> shapes = new ArrayList<>();
            for (MethodShape shape : k.shapes()) {
                shapes.add(shape.signature());
            }
            kernels.add(new KernelInfo(k.id(), k.summary(), shapes, k.threadUse().description(),
                k.tolerance().description(), k.semantics()));
        }
        return kernels;
    }

    @Override
    public List<MethodSwap> swapPlan(Target target) {
        return target == null || target.workload() == null ? List.of() : target.workload().swaps();
    }

    @Override
    public MigrationOutcome runBeforeAfter(Target target, int repeats, Path outDir, Progress progress)
            throws Exception {
        Workload workload = target.workload();
        if (workload == null) {
            throw new IllegalArgumentException(target.name() + " has no swap plan");
        }
        MigrationRun run = MigrationRun.withBundledAgent(null);
        String command = "./oxidizer demo --texts " + textsOf(workload) + " --runs " + repeats;
        try {
            Comparison comparison = run.run(workload, repeats, outDir, progress);
            return new MigrationOutcome(comparison, null, outDir, command);
        } catch (MigrationFailedException e) {
            if (e.partial() == null) {
                throw new IOException(e.getMessage(), e);
            }
            return new MigrationOutcome(e.partial(), e.getMessage(), outDir, command);
        }
    }

    private static String textsOf(Workload workload) {
        List<String> args = workload.target().programArgs();
        int i = args.indexOf("--texts");
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : "?";
    }
}
