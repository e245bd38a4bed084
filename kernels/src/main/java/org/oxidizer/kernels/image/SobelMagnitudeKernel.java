package org.oxidizer.kernels.image;

import com.sun.jna.JNIEnv;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.util.Collections;
import org.oxidizer.kernels.KernelLibrary;

/**
 * Drop-in native replacement for {@link SobelMagnitudeReference#sobelMagnitude}: one call per image, rows split
 * over the native pool, and both arrays used in place, because copying them would cost as much as Java's loop.
 */
public final class SobelMagnitudeKernel {

    /** Name of the kernel's C entry point and its id in the kernel catalog. */
    public static final String KERNEL_ID = "sobel_magnitude";

    private SobelMagnitudeKernel() {
    }

    /**
     * Same contract as the reference, bit for bit: a new array of {@code sqrt(gx² + gy²)}, 0.0 on the border.
     *
     * @throws IllegalArgumentException unless the image is at least 3x3 and has {@code width * height} pixels,
     *         with the reference's message; {@link NullPointerException} for a null image, like the reference
     * @throws IllegalStateException if the native kernel reports an error
     */
    public static double[] sobelMagnitude(double[] pixels, int width, int height) {
        // The reference's own check, verbatim: the same exception, message and evaluation order.
        if (width < 3 || height < 3 || (long) width * height != pixels.length) {
            throw new IllegalArgumentException("need a width x height image of at least 3x3, got "
                + width + "x" + height + " with " + pixels.length + " pixels");
        }
        KernelLibrary.library();
        double[] out = new double[pixels.length];
        int status = Binding.sobel_magnitude(JNIEnv.CURRENT, pixels, width, height, out);
        if (status != 0) {
            throw new IllegalStateException("Native kernel " + KERNEL_ID + " failed: " + org.oxidizer.kernels.NativeErrors.sentence(status));
        }
        return out;
    }

    /**
     * JNA direct mapping with {@code allow-objects}: the arrays reach Rust as JNI references, not as copies
     * (JNA copies a {@code double[]} argument in and out, 4x the filter's own cost on a 2048x2048 image), and
     * Rust borrows their elements with {@code GetPrimitiveArrayCritical} for the length of the call.
     */
    private static final class Binding {
        static {
            String file = KernelLibrary.library().getFile().getAbsolutePath();
            Native.register(Binding.class, NativeLibrary.getInstance(file,
                Collections.singletonMap(Library.OPTION_ALLOW_OBJECTS, Boolean.TRUE)));
        }

        static native int sobel_magnitude(JNIEnv env, Object pixels, int width, int height, Object out);
    }
}
