package org.oxidizer.gui.flame;

import javafx.scene.paint.Color;

/**
 * Frame colors by what the frame is: application Java, JDK, JVM/native, OS kernel, our Rust kernels,
 * threads; a small per-name shift keeps neighbours apart. Differential trees use blue (less) to red (more).
 */
final class FlameColors {

    static final Color MATCH = Color.web("#d946ef");
    private static final Color THREAD = Color.web("#a8a29e");
    private static final Color OS_KERNEL = Color.web("#f0a868");
    private static final Color RUST = Color.web("#d9623b");
    private static final Color NATIVE = Color.web("#e8c468");
    private static final Color JDK = Color.web("#7cc4b8");
    private static final Color APP = Color.web("#74c476");
    private static final Color ROOT = Color.web("#cbd5e1");

    private FlameColors() {
    }

    static Color of(String frame) {
        Color base;
        if (frame.equals("all")) {
            return ROOT;
        } else if (frame.startsWith("[")) {
            base = THREAD;
        } else if (frame.endsWith("_[k]")) {
            base = OS_KERNEL;
        } else if (frame.startsWith("oxidizer_kernels") || frame.contains("rayon") || frame.startsWith("regex")
            || frame.startsWith("com.sun.jna")) {
            base = RUST;
        } else if (frame.contains("::") || frame.indexOf('.') < 0 || frame.contains(" ")) {
            base = NATIVE;
        } else if (frame.startsWith("java.") || frame.startsWith("jdk.") || frame.startsWith("sun.")
            || frame.startsWith("javax.") || frame.startsWith("com.sun.")) {
            base = JDK;
        } else {
            base = APP;
        }
        double shift = ((frame.hashCode() & 0xff) / 255.0 - 0.5) * 0.16;
        return base.deriveColor(shift * 40, 1, 1 + shift, 1);
    }

    /** Percentage points of change: saturates at 10 points; what appeared or went away is fully colored. */
    static Color ofDelta(double delta, double before, double after) {
        if (before == 0 && after > 0) {
            return Color.web("#dc2626");
        }
        if (after == 0 && before > 0) {
            return Color.web("#2563eb");
        }
        double t = Math.min(1, Math.abs(delta) / 10);
        Color neutral = Color.web("#e5e7eb");
        return delta > 0 ? neutral.interpolate(Color.web("#f87171"), t) : neutral.interpolate(Color.web("#60a5fa"), t);
    }
}
