package org.oxidizer.kernels.image;

import java.util.List;
import java.util.Map;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.Kernel;
import org.oxidizer.kernels.catalog.MethodShape;
import org.oxidizer.kernels.catalog.ThreadUse;
import org.oxidizer.kernels.catalog.Tolerance;

/** Catalog entry of the image kernel: Sobel gradient magnitude of a row-major grayscale {@code double[]}. */
public final class SobelMagnitude implements Kernel {

    static final String DESCRIPTOR = "([DII)[D";

    @Override
    public String id() {
        return SobelMagnitudeKernel.KERNEL_ID;
    }

    @Override
    public String summary() {
        return "Sobel edge magnitude sqrt(gx² + gy²) of a width x height grayscale image, 0.0 on the border";
    }

    @Override
    public List<MethodShape> shapes() {
        return List.of(new MethodShape(DESCRIPTOR, "double[] sobelMagnitude(double[] pixels, int width, int height)",
            List.of(), SobelMagnitudeReference.class.getName() + "#sobelMagnitude"));
    }

    @Override
    public List<String> semantics() {
        return List.of(
            "same bits as Java: gx and gy summed in Java's order, no fused multiply-add, correctly rounded sqrt;"
                + " NaN, infinities, -0.0, subnormals and overflow to infinity propagate alike",
            "the 1-pixel border is 0.0; a new array is returned, the input is never written",
            "an image under 3x3 or whose length is not width * height throws the reference's"
                + " IllegalArgumentException before any native call; a null image throws NullPointerException",
            "no copies: the kernel reads the image and writes the result in place (JNI critical arrays), so the"
                + " JVM holds off garbage collection for the length of one call");
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
            args -> SobelMagnitudeKernel.sobelMagnitude((double[]) args[0], (Integer) args[1], (Integer) args[2]),
            args -> SobelMagnitudeReference.sobelMagnitude((double[]) args[0], (Integer) args[1], (Integer) args[2]),
            () -> SobelMagnitudeKernel.sobelMagnitude(new double[512 * 512], 512, 512));
    }
}
