package org.oxidizer.cli;

import java.io.File;
import java.util.List;
import java.util.concurrent.Callable;
import org.oxidizer.kernels.catalog.Kernel;
import org.oxidizer.kernels.catalog.KernelCatalog;
import org.oxidizer.kernels.catalog.MethodShape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the kernel catalog: the bundled kernels plus those of any kernel jars given. */
@Command(name = "kernels", mixinStandardHelpOptions = true,
    description = "List the native kernels: which Java methods each replaces, its semantics, threads and tolerance.")
final class KernelsCommand implements Callable<Integer> {

    @Option(names = "--jar", paramLabel = "JAR", description = "A kernel jar of your own to add to the catalog (repeatable).")
    List<File> jars = List.of();

    @Option(names = {"-v", "--verbose"}, description = "Also print each kernel's semantics notes.")
    boolean verbose;

    @Override
    public Integer call() {
        KernelCatalog catalog = KernelCatalog.bundledWith(jars.stream().map(File::toPath).toList());
        for (Kernel kernel : catalog.kernels()) {
            System.out.println(kernel.id() + "  —  " + kernel.summary());
            for (MethodShape shape : kernel.shapes()) {
                String params = shape.parameters().isEmpty() ? "" : "  [binds: " + String.join(", ", shape.parameters()) + "]";
                System.out.println("    replaces  " + shape.signature() + "  " + shape.descriptor() + params);
                System.out.println("    reference " + shape.reference());
                if (!shape.onlyFor().isEmpty()) {
                    System.out.println("    only for  " + shape.onlyFor());
                }
            }
            System.out.println("    threads   " + kernel.threadUse().description());
            System.out.println("    compare   " + kernel.tolerance().description());
            if (verbose) {
                kernel.semantics().forEach(note -> System.out.println("    note      " + note));
            }
        }
        catalog.problems().forEach(p -> System.err.println("oxidizer: " + p));
        System.out.println(catalog.kernels().size() + " kernels" + (verbose ? "" : " (-v for semantics notes)"));
        return catalog.problems().isEmpty() ? 0 : 1;
    }
}
