package org.oxidizer.samples.sobel;

/** The seed scenario's image filter as a first version looks: Sobel gradients in a plain double loop. */
public final class Sobel {

    private Sobel() {
    }

    /**
     * Edge strength of a row-major grayscale image: {@code sqrt(gx² + gy²)} of the 3x3 Sobel gradients, 0.0 on
     * the 1-pixel border.
     *
     * @throws IllegalArgumentException unless the image is at least 3x3 and has {@code width * height} pixels
     */
    public static double[] sobelMagnitude(double[] pixels, int width, int height) {
        if (width < 3 || height < 3 || (long) width * height != pixels.length) {
            throw new IllegalArgumentException("need a width x height image of at least 3x3, got "
                + width + "x" + height + " with " + pixels.length + " pixels");
        }
        double[] out = new double[pixels.length];
        for (int y = 1; y < height - 1; y++) {
            for (int x = 1; x < width - 1; x++) {
                int i = y * width + x;
                double gx = (pixels[i - width + 1] + 2 * pixels[i + 1] + pixels[i + width + 1])
                    - (pixels[i - width - 1] + 2 * pixels[i - 1] + pixels[i + width - 1]);
                double gy = (pixels[i + width - 1] + 2 * pixels[i + width] + pixels[i + width + 1])
                    - (pixels[i - width - 1] + 2 * pixels[i - width] + pixels[i - width + 1]);
                out[i] = Math.sqrt(gx * gx + gy * gy);
            }
        }
        return out;
    }
}
