package org.oxidizer.samples.sobel;

import java.util.SplittableRandom;

/** Deterministic grayscale frames: a noisy diagonal gradient with bright disks that drift from frame to frame. */
final class TestImage {

    private static final int DISKS = 16;

    private final int width;
    private final int height;
    private final double[] background;
    /** Per disk: x, y, radius, x speed, y speed, brightness. */
    private final double[][] disks = new double[DISKS][];
    private final double[] frame;
    /** Per disk, the box it covered in the last frame drawn: x0, y0, x1, y1 (inclusive). */
    private final int[][] drawn = new int[DISKS][];

    TestImage(long seed, int width, int height) {
        this.width = width;
        this.height = height;
        SplittableRandom random = new SplittableRandom(seed);
        background = new double[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double gradient = 96.0 * (x + y) / (width + height);
                background[y * width + x] = gradient + 8.0 * random.nextDouble();
            }
        }
        int size = Math.min(width, height);
        for (int d = 0; d < DISKS; d++) {
            disks[d] = new double[] {random.nextDouble() * width, random.nextDouble() * height,
                2 + random.nextDouble() * size / 24.0, random.nextDouble() * 6 - 3, random.nextDouble() * 6 - 3,
                120 + random.nextDouble() * 135};
        }
        frame = background.clone();
    }

    /**
     * Frame {@code index}: the background with every disk moved {@code index} steps (wrapping around). Returns
     * the same array each time, redrawn only where the disks were and are, like a video decoder's frame buffer.
     */
    double[] frame(int index) {
        for (int[] box : drawn) {
            if (box != null) {
                for (int y = box[1]; y <= box[3]; y++) {
                    System.arraycopy(background, y * width + box[0], frame, y * width + box[0], box[2] - box[0] + 1);
                }
            }
        }
        for (int d = 0; d < DISKS; d++) {
            drawn[d] = drawDisk(disks[d], index);
        }
        return frame;
    }

    private int[] drawDisk(double[] disk, int index) {
        double cx = Math.floorMod((long) (disk[0] + disk[3] * index), width);
        double cy = Math.floorMod((long) (disk[1] + disk[4] * index), height);
        double r = disk[2];
        int x0 = (int) Math.max(0, cx - r);
        int x1 = (int) Math.min(width - 1, cx + r);
        int y0 = (int) Math.max(0, cy - r);
        int y1 = (int) Math.min(height - 1, cy + r);
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double dx = x - cx;
                double dy = y - cy;
                if (dx * dx + dy * dy <= r * r) {
                    frame[y * width + x] = disk[5];
                }
            }
        }
        return new int[] {x0, y0, x1, y1};
    }
}
