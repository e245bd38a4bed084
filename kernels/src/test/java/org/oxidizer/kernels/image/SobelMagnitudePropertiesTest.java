package org.oxidizer.kernels.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.oxidizer.kernels.catalog.ResultDifference;
import org.oxidizer.kernels.catalog.Tolerance;

/** The kernel's magnitudes have Java's bits for random sizes and pixel values, specials included. */
class SobelMagnitudePropertiesTest {

    @Property(tries = 200)
    void sameBitsAsReferenceForAnyPixels(@ForAll @IntRange(min = 3, max = 40) int width,
            @ForAll @IntRange(min = 3, max = 40) int height, @ForAll("pixel") double seedPixel,
            @ForAll long seed) {
        double[] pixels = TestImages.special(seed, width, height, 0.3);
        pixels[(int) Math.floorMod(seed, (long) pixels.length)] = seedPixel;
        double[] copy = pixels.clone();
        double[] expected = SobelMagnitudeReference.sobelMagnitude(pixels, width, height);
        double[] actual = SobelMagnitudeKernel.sobelMagnitude(pixels, width, height);
        assertEquals(Optional.empty(), ResultDifference.first(expected, actual, Tolerance.exact()));
        assertArrayEquals(copy, pixels, "the kernel never writes its input");
    }

    @Property(tries = 100)
    void sameBitsAsReferenceForArbitraryDoubles(@ForAll("image") double[] pixels) {
        int width = Math.min(3 + pixels.length % 5, pixels.length / 3);
        int height = pixels.length / width;
        double[] image = Arrays.copyOf(pixels, width * height);
        assertEquals(Optional.empty(), ResultDifference.first(SobelMagnitudeReference.sobelMagnitude(image, width, height),
            SobelMagnitudeKernel.sobelMagnitude(image, width, height), Tolerance.exact()));
    }

    @Provide
    Arbitrary<Double> pixel() {
        return Arbitraries.doubles().withSpecialValue(Double.NaN).withSpecialValue(Double.POSITIVE_INFINITY)
            .withSpecialValue(Double.NEGATIVE_INFINITY).withSpecialValue(-0.0).withSpecialValue(Double.MIN_VALUE)
            .withSpecialValue(Double.MAX_VALUE);
    }

    @Provide
    Arbitrary<double[]> image() {
        Arbitrary<Double> anyBits = Arbitraries.longs().map(Double::longBitsToDouble);
        return Arbitraries.oneOf(anyBits, pixel()).array(double[].class).ofMinSize(9).ofMaxSize(200);
    }
}
