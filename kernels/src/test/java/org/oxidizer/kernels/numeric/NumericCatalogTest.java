package org.oxidizer.kernels.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.Kernel;
import org.oxidizer.kernels.catalog.KernelCatalog;
import org.oxidizer.kernels.catalog.ResultDifference;
import org.oxidizer.kernels.catalog.ThreadUse;

/** The numeric kernels as the agent and the verifier see them: bound through the catalog, shape by shape. */
class NumericCatalogTest {

    private final KernelCatalog catalog = KernelCatalog.bundled();

    private Optional<String> difference(String id, String descriptor, Object... args) {
        Kernel kernel = catalog.require(id);
        BoundKernel bound = kernel.bind(descriptor, Map.of());
        return ResultDifference.first(bound.reference(args), bound.invoke(args), kernel.tolerance());
    }

    @Test
    void everyShapeAgreesWithItsReferenceThroughTheCatalog() {
        double[] values = AwkwardDoubles.random(5_000, 1);
        List<Double> boxed = Arrays.asList(Arrays.stream(values).boxed().toArray(Double[]::new));
        assertEquals(Optional.empty(), difference("fast_sum", "([D)D", (Object) values));
        assertEquals(Optional.empty(), difference("fast_sum", "(Ljava/util/List;)D", boxed));
        assertEquals(Optional.empty(), difference("square_plus_double", "([D)[D", (Object) values));
        assertEquals(Optional.empty(), difference("square_plus_double_one", "(D)D", -0.0));
        assertEquals(Optional.empty(), difference("sum_bytes", "(Ljava/nio/ByteBuffer;)D",
            ByteBuffer.wrap(Payload.littleEndian(values))));
    }

    @Test
    void theInPlaceShapeReturnsTheMutatedBufferSoTheAgentSkipsTheJavaBody() {
        BoundKernel bound = catalog.require("square_plus_double").bind("(Ljava/nio/DoubleBuffer;)V", Map.of());
        double[] values = {1.0, 2.0, -0.0};
        DoubleBuffer kernel = BufferLayout.DIRECT_BIG_ENDIAN.filled(values, 0, 3);
        DoubleBuffer java = BufferLayout.DIRECT_BIG_ENDIAN.filled(values, 0, 3);
        assertSame(kernel, bound.invoke(new Object[] {kernel}));
        assertSame(java, bound.reference(new Object[] {java}));
        AwkwardDoubles.assertSameBits(BufferLayout.contents(java), BufferLayout.contents(kernel), "in place");
        AwkwardDoubles.assertSameBits(new double[] {3.0, 8.0, 0.0}, BufferLayout.contents(kernel), "values");
    }

    @Test
    void everyNumericKernelIsExactAndSaysWhereItsCostLies() {
        for (String id : List.of("fast_sum", "square_plus_double", "square_plus_double_one", "sum_bytes")) {
            Kernel kernel = catalog.require(id);
            assertTrue(kernel.tolerance().isExact(), id);
            assertTrue(kernel.semantics().size() >= 2, id);
        }
        assertEquals(ThreadUse.NATIVE_POOL, catalog.require("square_plus_double").threadUse());
        assertEquals(ThreadUse.CALLING_THREAD, catalog.require("fast_sum").threadUse());
        assertTrue(catalog.require("square_plus_double_one").semantics().get(0).startsWith("ANTI-PATTERN"));
    }
}
