package org.oxidizer.gui.flame;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.oxidizer.core.bench.FlameGraphTiming;
import org.oxidizer.core.bench.Medians;
import org.oxidizer.core.bench.SyntheticProfile;
import org.oxidizer.core.profile.CallTree;
import org.oxidizer.core.profile.CollapsedStacksImporter;
import org.oxidizer.core.profile.Profile;

/**
 * How fast the flame graph is on a 1,000,000-sample, 50,000-frame profile: first paint (call tree, flame
 * model, draw, render) and redraws on zoom and hover. Goals: first paint under 1 s, redraws within 16 ms.
 * Prints medians; "draw" is the time to issue the drawing, "frame" adds rasterizing it (a snapshot).
 * Draws off-screen (Monocle, software rendering), so it needs no display; {@code oxidizer bench flame} runs it.
 */
public final class FlameGraphBench implements FlameGraphTiming {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;

    /** Held so the level set on it stays: JavaFX warns about running from the class path, which is how this runs. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    /** For {@link java.util.ServiceLoader}. */
    public FlameGraphBench() {
    }

    @Override
    public void run(long samples, int frames, int rounds, PrintStream out) throws Exception {
        // Off-screen, before JavaFX starts: no display is needed, and none is touched if there is one.
        for (String[] p : new String[][] {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"},
            {"prism.order", "sw"}, {"java.awt.headless", "true"}}) {
            System.setProperty(p[0], p[1]);
        }
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        Path file = Files.createTempFile("oxidizer-flame-bench", ".collapsed");
        try {
            int stacks = SyntheticProfile.write(file, samples, frames, 42);
            long t0 = System.nanoTime();
            Profile profile = new CollapsedStacksImporter().read(file);
            out.printf(Locale.ROOT, "profile: %,d samples, %,d frames, %,d stacks; parsed in %.0f ms (not counted below)%n",
                profile.totalSamples(), profile.frames().size(), stacks, ms(System.nanoTime() - t0));
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get(30, TimeUnit.SECONDS);
            run(profile, rounds, out);
            out.println();
            org.oxidizer.gui.hotspots.TimelineBench.run(profile, WIDTH, rounds, out);
        } finally {
            Files.deleteIfExists(file);
            Platform.exit();
        }
    }

    private static void run(Profile profile, int rounds, PrintStream out) throws Exception {
        double[] model = new double[rounds];
        double[] firstDraw = new double[rounds];
        double[] firstFrame = new double[rounds];
        FlameCanvas flame = null;
        int nodes = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            CallTree tree = CallTree.of(profile);
            ProfileFlame data = new ProfileFlame(tree);
            long t1 = System.nanoTime();
            FlameCanvas canvas = onFx(() -> {
                FlameCanvas c = new FlameCanvas();
                c.canvas().setWidth(WIDTH);
                c.canvas().setHeight(HEIGHT);
                c.setData(data);
                c.paint();
                return c;
            });
            long t2 = System.nanoTime();
            onFx(() -> canvas.canvas().snapshot(null, null));
            long t3 = System.nanoTime();
            model[r] = ms(t1 - t0);
            firstDraw[r] = ms(t2 - t0);
            firstFrame[r] = ms(t3 - t0);
            flame = canvas;
            nodes = tree.size();
        }
        out.printf(Locale.ROOT, "call tree: %,d nodes%n", nodes);
        out.printf(Locale.ROOT, "first paint: model %.0f ms, drawn %.0f ms, rendered %.0f ms (median of %d; goal < 1000 ms)%n",
            Medians.median(model), Medians.median(firstDraw), Medians.median(firstFrame), rounds);
        FlameCanvas canvas = flame;
        List<Integer> targets = onFx(() -> zoomTargets(canvas));
        SplittableRandom random = new SplittableRandom(7);
        double[] zoomDraw = new double[40];
        double[] zoomFrame = new double[40];
        double[] hoverDraw = new double[40];
        double[] hoverFrame = new double[40];
        int[] drawn = new int[40];
        for (int i = 0; i < 40; i++) {
            int node = targets.get(random.nextInt(targets.size()));
            int target = i % 4 == 3 ? canvas.data().root() : node;        // zoom in, and out again now and then
            long t0 = System.nanoTime();
            drawn[i] = onFx(() -> {
                canvas.setZoom(target);
                return canvas.paint();
            });
            long t1 = System.nanoTime();
            onFx(() -> canvas.canvas().snapshot(null, null));
            long t2 = System.nanoTime();
            zoomDraw[i] = ms(t1 - t0);
            zoomFrame[i] = ms(t2 - t0);
        }
        int full = onFx(() -> {
            canvas.setZoom(canvas.data().root());
            return canvas.paint();
        });
        for (int i = 0; i < 40; i++) {       // hovering over the whole profile: the most frames to draw
            double x = random.nextDouble() * WIDTH;
            double y = random.nextDouble() * 300;
            long t3 = System.nanoTime();
            onFx(() -> {
                canvas.setHovered(canvas.nodeAt(x, y));
                return canvas.paint();
            });
            long t4 = System.nanoTime();
            onFx(() -> canvas.canvas().snapshot(null, null));
            long t5 = System.nanoTime();
            hoverDraw[i] = ms(t4 - t3);
            hoverFrame[i] = ms(t5 - t3);
        }
        out.printf(Locale.ROOT, "zoom redraw: drawn %.1f ms, rendered %.1f ms (median of 40; ~%.0f frames drawn; goal <= 16 ms)%n",
            Medians.median(zoomDraw), Medians.median(zoomFrame), Medians.median(java.util.Arrays.stream(drawn).asDoubleStream().toArray()));
        out.printf(Locale.ROOT, "hover redraw, whole profile: drawn %.1f ms, rendered %.1f ms (median of 40; %,d frames"
            + " drawn; goal <= 16 ms)%n", Medians.median(hoverDraw), Medians.median(hoverFrame), full);
    }

    /** Frames wide enough to click on in the first picture. */
    private static List<Integer> zoomTargets(FlameCanvas canvas) {
        List<Integer> nodes = new ArrayList<>();
        for (double y = FlameCanvas.ROW * 1.5; y < FlameCanvas.ROW * 12; y += FlameCanvas.ROW) {
            for (double x = 1; x < WIDTH; x += 23) {
                int n = canvas.nodeAt(x, y);
                if (n > 0) {
                    nodes.add(n);
                }
            }
        }
        return nodes;
    }

    public static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
