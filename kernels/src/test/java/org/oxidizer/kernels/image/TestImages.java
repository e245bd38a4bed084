package org.oxidizer.kernels.image;

import java.util.SplittableRandom;

/** Seeded grayscale images for the Sobel tests: smooth gradients, a sharp disk, noise, and special values. */
final class TestImages {

    /** Values where floating-point edge cases live: signed zeros, NaN, infinities, extremes, subnormals. */
    static final double[] SPECIAL = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1e154, -1e154,
        1e-160, 3e-308, 1.0, -1.0, 0.1, 255.0};

    private TestImages() {
    }

    static double[] natural(long seed, int width, int height) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] pixels = new double[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int dx = x - width / 3;
                int dy = y - height / 2;
                boolean disk = 16L * (dx * dx + dy * dy) < (long) width * width;
                pixels[y * width + x] = (disk ? 200.0 : 96.0 * (x + y) / (width + height)) + 8.0 * random.nextDouble();
            }
        }
        return pixels;
    }

    /** Mostly ordinary pixels with a share of special values, so they meet each other in every stencil position. */
    static double[] special(long seed, int width, int height, double share) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] pixels = natural(seed, width, height);
        for (int i = 0; i < pixels.length; i++) {
            if (random.nextDouble() < share) {
                pixels[i] = SPECIAL[random.nextInt(SPECIAL.length)];
            }
        }
        return pixels;
    }
}
