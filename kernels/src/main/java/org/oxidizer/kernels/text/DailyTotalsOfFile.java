package org.oxidizer.kernels.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.Kernel;
import org.oxidizer.kernels.catalog.MethodShape;
import org.oxidizer.kernels.catalog.ThreadUse;
import org.oxidizer.kernels.catalog.Tolerance;

/**
 * Catalog entry of the headline's chain kernel: one file of the day's batch read, its pairs extracted, summed per
 * text and totalled, in one native call. Written for the sample's own method (other methods of these types compute
 * something else), the way a team writes a kernel for its chain once the one-method swap leaves reading and merging
 * as the cost.
 */
public final class DailyTotalsOfFile implements Kernel {

    static final String DESCRIPTOR = "(Ljava/nio/file/Path;)Ljava/util/Map;";

    /** The one method this kernel stands for. */
    public static final String METHOD = "org.oxidizer.samples.textagg.DailyTotals#ofFile";

    @Override
    public String id() {
        return DailyTotalsOfFileKernel.KERNEL_ID;
    }

    @Override
    public String summary() {
        return "a file's lines read, (\\w+)\\s+(\\d+) summed per text, the texts' sums totalled per word";
    }

    @Override
    public List<MethodShape> shapes() {
        return List.of(new MethodShape(DESCRIPTOR, "Map<String, Long> ofFile(Path file)", List.of(),
            DailyTotalsOfFileReference.class.getName() + "#ofFile", METHOD));
    }

    @Override
    public List<String> semantics() {
        return List.of(
            "for " + METHOD + " only: reads the file as UTF-8, lines split at \\n, \\r and \\r\\n as readLine splits them",
            "per line, Java's find() loop of (\\w+)\\s+(\\d+) with Java's ASCII classes, each word's numbers summed as an int"
                + " that wraps (Integer::sum), a number past int range counting as 0 (Integer.parseInt throws)",
            "the lines' sums added into the file's totals as longs (Long::sum); one HashMap of every word, equal by equals",
            "the scan runs on the UTF-8 bytes: every byte of a non-ASCII character is in none of the ASCII classes, as the"
                + " character is in none of them in UTF-16",
            "a file that cannot be read or is not valid UTF-8 is not totalled: the swap runs the Java method, which throws"
                + " Java's exception (NoSuchFileException, MalformedInputException, ...)",
            "one native call per file: nothing per line or per match crosses the boundary, only the file's totals");
    }

    @Override
    public ThreadUse threadUse() {
        return ThreadUse.NATIVE_POOL;
    }

    @Override
    public Tolerance tolerance() {
        return Tolerance.exact();
    }

    @Override
    public BoundKernel bind(String descriptor, Map<String, String> parameters) {
        BoundKernel.requireShape(this, descriptor);
        return new BoundKernel(this, descriptor, Map.of(),
            args -> DailyTotalsOfFileKernel.ofFile((Path) args[0]),
            args -> reference((Path) args[0]),
            DailyTotalsOfFile::warmUp)
            .withEngine("read, scanned and totalled natively, one call per file");
    }

    private static Map<String, Long> reference(Path file) {
        try {
            return DailyTotalsOfFileReference.ofFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads the library, which starts its workers, and asks for a file that does not exist: the library says so and
     * reads nothing.
     */
    private static void warmUp() {
        try {
            DailyTotalsOfFileKernel.ofFile(Path.of("/nonexistent/oxidizer-warm-up.log"));
        } catch (IllegalStateException expected) {
            // the library answered: it is loaded
        }
    }
}
