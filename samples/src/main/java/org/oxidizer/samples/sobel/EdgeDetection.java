package org.oxidizer.samples.sobel;

/**
 * The image seed scenario: run a Sobel edge filter over a stream of synthetic frames and count edge pixels.
 * Prints its own timing and a checksum of every output pixel so runs can be compared.
 *
 * <p>Arguments: {@code --seed S --size N --frames F} (frames of N x N pixels). The last lines it prints are
 * {@code oxidizer.hotMillis=}, {@code oxidizer.wallMillis=} and {@code oxidizer.checksum=}; while it works it
 * prints {@code oxidizer.progress=FRACTION}.
 */
public final class EdgeDetection {

    /** Gradient magnitude above which a pixel counts as an edge. */
    private static final double EDGE = 200.0;

    private EdgeDetection() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        long seed = intArg(args, "--seed", 42);
        int size = Math.max(3, intArg(args, "--size", 2048));
        int frames = Math.max(1, intArg(args, "--frames", 1000));

        TestImage image = new TestImage(seed, size, size);
        long checksum = 0xcbf29ce484222325L;
        long edges = 0;
        long hotNanos = 0;
        int reported = 0;
        for (int f = 0; f < frames; f++) {
            double[] pixels = image.frame(f);
            long t0 = System.nanoTime();
            double[] magnitude = Sobel.sobelMagnitude(pixels, size, size);
            hotNanos += System.nanoTime() - t0;
            checksum = (checksum ^ frameSum(magnitude)) * 0x100000001b3L;
            edges += edgePixels(magnitude);
            int percent = (f + 1) * 100 / frames;
            if (percent > reported) {
                reported = percent;
                System.out.printf("oxidizer.progress=%.3f%n", (f + 1) / (double) frames);
            }
        }
        System.out.println("frames=" + frames + " size=" + size + " seed=" + seed + " edgePixels=" + edges);
        System.out.println("oxidizer.hotMillis=" + hotNanos / 1_000_000);
        System.out.println("oxidizer.wallMillis=" + (System.nanoTime() - start) / 1_000_000);
        System.out.println("oxidizer.checksum=" + String.format("%016x", checksum));
    }

    /** Position-weighted sum of the pixels' bits; raw bits (so the loop vectorizes) as the frames hold no NaN. */
    private static long frameSum(double[] magnitude) {
        long sum = 0;
        for (int i = 0; i < magnitude.length; i++) {
            sum += Double.doubleToRawLongBits(magnitude[i]) * (2L * i + 1);
        }
        return sum;
    }

    private static long edgePixels(double[] magnitude) {
        long edges = 0;
        for (double m : magnitude) {
            if (m > EDGE) {
                edges++;
            }
        }
        return edges;
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1].replace("_", ""));
            }
        }
        return fallback;
    }
}
