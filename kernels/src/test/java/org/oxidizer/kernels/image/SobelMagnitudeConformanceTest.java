package org.oxidizer.kernels.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.oxidizer.kernels.NativeMemory;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.KernelCatalog;
import org.oxidizer.kernels.catalog.ResultDifference;
import org.oxidizer.kernels.catalog.Tolerance;

/** The kernel must return Java's bits on large images, refuse what Java refuses, and hold up under concurrency. */
class SobelMagnitudeConformanceTest {

    private static void assertSameBits(double[] pixels, int width, int height) {
        double[] expected = SobelMagnitudeReference.sobelMagnitude(pixels, width, height);
        assertEquals(Optional.empty(), ResultDifference.first(expected,
            SobelMagnitudeKernel.sobelMagnitude(pixels, width, height), Tolerance.exact()), width + "x" + height);
    }

    @Test
    void sameBitsOnImagesSplitOverThePool() {
        assertSameBits(TestImages.natural(1, 2048, 2048), 2048, 2048);
        assertSameBits(TestImages.natural(2, 1001, 777), 1001, 777);
        assertSameBits(TestImages.natural(3, 3, 100_000), 3, 100_000);
        assertSameBits(TestImages.natural(4, 100_000, 3), 100_000, 3);
    }

    @Test
    void sameBitsWithSpecialValuesEverywhere() {
        assertSameBits(TestImages.special(5, 640, 480, 0.05), 640, 480);
        assertSameBits(TestImages.special(6, 31, 17, 1.0), 31, 17);
    }

    @Test
    void goldenCases() {
        double[] flat = new double[12];
        Arrays.fill(flat, -0.0);
        double[] out = SobelMagnitudeKernel.sobelMagnitude(flat, 4, 3);
        for (double v : out) {
            assertEquals(0, Double.doubleToRawLongBits(v), "+0.0 everywhere: border and a flat -0.0 interior");
        }
        double[] step = {0, 0, 1, 0, 0, 1, 0, 0, 1};
        assertEquals(4.0, SobelMagnitudeKernel.sobelMagnitude(step, 3, 3)[4]);
        double[] huge = {0, 0, 1e200, 0, 0, 1e200, 0, 0, 1e200};
        assertEquals(Double.POSITIVE_INFINITY, SobelMagnitudeKernel.sobelMagnitude(huge, 3, 3)[4], "gx² overflows");
        double[] tiny = {0, 0, 1e-200, 0, 0, 1e-200, 0, 0, 1e-200};
        assertEquals(0.0, SobelMagnitudeKernel.sobelMagnitude(tiny, 3, 3)[4], "gx² underflows");
        double[] nan = {0, 0, 0, 0, Double.NaN, 0, 0, 0, 0};
        assertEquals(0.0, SobelMagnitudeKernel.sobelMagnitude(nan, 3, 3)[4], "the centre pixel is not in the stencil");
        nan[1] = Double.NaN;
        assertTrue(Double.isNaN(SobelMagnitudeKernel.sobelMagnitude(nan, 3, 3)[4]));
        double[] infinities = {Double.POSITIVE_INFINITY, 0, Double.POSITIVE_INFINITY, 0, 0, 0, 0, 0, 0};
        assertTrue(Double.isNaN(SobelMagnitudeKernel.sobelMagnitude(infinities, 3, 3)[4]), "inf - inf in gx");
    }

    @Test
    void refusesWhatTheReferenceRefusesWithTheSameException() {
        double[] nine = new double[9];
        Object[][] cases = {
            {null, 3, 3}, {null, 2, 3}, {new double[8], 3, 3}, {new double[10], 3, 3}, {nine, 2, 4}, {nine, 9, 1},
            {nine, -3, -3}, {new double[6], 2, 3}, {new double[0], 0, 0}, {nine, Integer.MIN_VALUE, 3},
            {new double[0], 65_536, 65_536}, {nine, Integer.MAX_VALUE, Integer.MAX_VALUE}};
        for (Object[] c : cases) {
            double[] pixels = (double[]) c[0];
            int width = (Integer) c[1];
            int height = (Integer) c[2];
            Throwable expected = thrown(() -> SobelMagnitudeReference.sobelMagnitude(pixels, width, height));
            Throwable actual = thrown(() -> SobelMagnitudeKernel.sobelMagnitude(pixels, width, height));
            String what = width + "x" + height + (pixels == null ? " null" : " of " + pixels.length);
            assertEquals(expected.getClass(), actual.getClass(), what);
            assertEquals(expected.getMessage(), actual.getMessage(), what);
        }
    }

    private static Throwable thrown(Executable call) {
        return assertThrows(RuntimeException.class, call);
    }

    @Test
    void theCatalogBindingAnswersLikeTheReference() {
        SobelMagnitude kernel = new SobelMagnitude();
        BoundKernel bound = KernelCatalog.bundled().require("sobel_magnitude").bind("([DII)[D", Map.of());
        Object[] args = {TestImages.special(8, 50, 40, 0.1), 50, 40};
        assertTrue(kernel.tolerance().isExact());
        assertEquals(Optional.empty(), ResultDifference.first(bound.reference(args), bound.invoke(args), kernel.tolerance()));
    }

    @Test
    void manyThreadsCallingAtOnceGetTheirOwnImages() throws Exception {
        List<double[]> images = new ArrayList<>();
        List<double[]> expected = new ArrayList<>();
        int[][] sizes = new int[8][];
        for (int i = 0; i < 8; i++) {
            sizes[i] = new int[] {3 + 37 * i, 3 + 29 * (7 - i)};
            images.add(TestImages.special(100 + i, sizes[i][0], sizes[i][1], 0.01));
            expected.add(SobelMagnitudeReference.sobelMagnitude(images.get(i), sizes[i][0], sizes[i][1]));
        }
        images.add(TestImages.natural(9, 512, 512));
        expected.add(SobelMagnitudeReference.sobelMagnitude(images.get(8), 512, 512));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int call = 0; call < 200; call++) {
                        int pick = call % 25 == 0 ? 8 : (thread + call) % 8;
                        int width = pick == 8 ? 512 : sizes[pick][0];
                        int height = pick == 8 ? 512 : sizes[pick][1];
                        double[] out = SobelMagnitudeKernel.sobelMagnitude(images.get(pick), width, height);
                        Optional<String> diff = ResultDifference.first(expected.get(pick), out, Tolerance.exact());
                        if (diff.isPresent()) {
                            return "image " + pick + ": " + diff.get();
                        }
                    }
                    return "";
                }));
            }
            for (Future<String> result : results) {
                assertEquals("", result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void callsLeaveNoNativeMemoryBehind() {
        double[] image = TestImages.natural(10, 8, 8);
        NativeMemory.assertNoLeak("sobel_magnitude", 100_000, () -> SobelMagnitudeKernel.sobelMagnitude(image, 8, 8));
    }
}
