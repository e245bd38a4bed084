package org.oxidizer.gui.hotspots;

import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.oxidizer.core.profile.Timeline;

/**
 * A recording's time line: the whole process as bars on top, each busy thread as a heat strip below, named moments
 * (a live swap) as lines. Dragging chooses a range; shift-dragging a second one; a click without dragging clears both.
 * One column per pixel: the events are bucketed once per width, so a redraw after a drag only paints.
 */
public final class TimelineCanvas extends Region {

    static final double LABEL_WIDTH = 170;
    static final double TOTAL_HEIGHT = 34;
    static final double LANE_HEIGHT = 11;
    static final double AXIS_HEIGHT = 16;
    static final int MAX_THREADS = 5;

    private static final Color FIRST = Color.rgb(40, 110, 220, 0.28);
    private static final Color SECOND = Color.rgb(235, 130, 20, 0.30);

    private final Canvas canvas = new Canvas();
    private Timeline line;
    private Timeline.Lanes lanes;
    private int lanesWidth = -1;
    private HotspotsViewModel.Range first;
    private HotspotsViewModel.Range second;
    private boolean dark;
    private double dragStart = Double.NaN;
    private double dragNow;
    private boolean dragSecond;
    private BiConsumer<HotspotsViewModel.Range, Boolean> onRange = (r, s) -> { };

    public TimelineCanvas() {
        getChildren().add(canvas);
        setId("timeline");
        setMinHeight(preferredHeight(MAX_THREADS));
        setPrefHeight(preferredHeight(MAX_THREADS));
        canvas.setOnMousePressed(e -> {
            if (line != null && line.hasTimes() && e.getX() >= LABEL_WIDTH) {
                dragStart = e.getX();
                dragNow = e.getX();
                dragSecond = e.isShiftDown();
            }
        });
        canvas.setOnMouseDragged(e -> {
            if (!Double.isNaN(dragStart)) {
                dragNow = Math.max(LABEL_WIDTH, Math.min(getWidth(), e.getX()));
                draw();
            }
        });
        canvas.setOnMouseReleased(e -> {
            if (Double.isNaN(dragStart)) {
                return;
            }
            double from = dragStart;
            double to = Math.max(LABEL_WIDTH, Math.min(getWidth(), e.getX()));
            dragStart = Double.NaN;
            if (Math.abs(to - from) < 3) {
                onRange.accept(null, false);
            } else {
                onRange.accept(new HotspotsViewModel.Range(nanosAt(from), nanosAt(to)), dragSecond);
            }
            draw();
        });
    }

    static double preferredHeight(int threads) {
        return TOTAL_HEIGHT + threads * LANE_HEIGHT + AXIS_HEIGHT + 4;
    }

    /** Called with a chosen range (null: cleared) and whether it is the second one. */
    public void setOnRange(BiConsumer<HotspotsViewModel.Range, Boolean> onRange) {
        this.onRange = onRange;
    }

    public void setTimeline(Timeline line) {
        this.line = line;
        this.lanes = null;
        this.lanesWidth = -1;
        int threads = line == null || !line.hasTimes() ? 0 : Math.min(MAX_THREADS, line.lanes(1, MAX_THREADS).threads().size());
        setPrefHeight(preferredHeight(Math.max(1, threads)));
        draw();
    }

    public void setRanges(HotspotsViewModel.Range first, HotspotsViewModel.Range second) {
        this.first = first;
        this.second = second;
        draw();
    }

    public void setDark(boolean dark) {
        this.dark = dark;
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private long nanosAt(double x) {
        double plot = Math.max(1, getWidth() - LABEL_WIDTH);
        double f = Math.max(0, Math.min(1, (x - LABEL_WIDTH) / plot));
        return Math.round(f * line.durationNanos());
    }

    private double xAt(long nanos) {
        double plot = Math.max(1, getWidth() - LABEL_WIDTH);
        return LABEL_WIDTH + plot * nanos / (double) Math.max(1, line.durationNanos());
    }

    /** Paints what is set; bucketing the events again only when the width changed. */
    void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        Color background = dark ? Color.rgb(32, 34, 38) : Color.WHITE;
        Color text = dark ? Color.rgb(215, 218, 224) : Color.rgb(50, 54, 60);
        g.setFill(background);
        g.fillRect(0, 0, w, h);
        if (line == null || !line.hasTimes() || w <= LABEL_WIDTH + 10) {
            return;
        }
        // A column per pixel, or fewer and wider when the events are sparse (about 8 per column at least).
        int columns = (int) Math.max(1, Math.min(w - LABEL_WIDTH, Math.max(20, line.events() / 8)));
        if (lanes == null || lanesWidth != columns) {
            lanes = line.lanes(columns, MAX_THREADS);
            lanesWidth = columns;
        }
        paint(g, lanes, w, text, dark);
        double bottom = TOTAL_HEIGHT + lanes.threads().size() * LANE_HEIGHT;
        paintRange(g, first, FIRST, bottom);
        paintRange(g, second, SECOND, bottom);
        if (!Double.isNaN(dragStart)) {
            double x0 = Math.min(dragStart, dragNow);
            g.setFill(dragSecond ? SECOND : FIRST);
            g.fillRect(x0, 0, Math.abs(dragNow - dragStart), bottom);
        }
        g.setFont(Font.font(11));
        for (Timeline.Mark m : line.marks()) {
            double x = xAt(m.atNanos());
            g.setStroke(Color.rgb(200, 30, 30));
            g.setLineWidth(1.5);
            g.setLineDashes(4, 3);
            g.strokeLine(x, 0, x, bottom);
            g.setLineDashes();
            g.setFill(Color.rgb(200, 30, 30));
            g.setTextAlign(x > w - 220 ? TextAlignment.RIGHT : TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(m.label(), x + (x > w - 220 ? -4 : 4), 2);
        }
        // the axis
        g.setFill(text);
        g.setTextBaseline(VPos.TOP);
        double seconds = line.durationNanos() / 1e9;
        double step = niceStep(seconds / Math.max(1, (w - LABEL_WIDTH) / 90));
        for (double t = 0; t <= seconds + 1e-9; t += step) {
            double x = xAt(Math.round(t * 1e9));
            g.setTextAlign(t == 0 ? TextAlignment.LEFT : TextAlignment.CENTER);
            g.fillText(String.format(Locale.ROOT, step < 1 ? "%.1f s" : "%.0f s", t), x, bottom + 2);
        }
    }

    private void paintRange(GraphicsContext g, HotspotsViewModel.Range range, Color color, double bottom) {
        if (range == null) {
            return;
        }
        double x0 = xAt(range.fromNanos());
        double x1 = xAt(range.toNanos());
        g.setFill(color);
        g.fillRect(x0, 0, Math.max(1, x1 - x0), bottom);
        g.setStroke(color.deriveColor(0, 1, 0.8, 3));
        g.setLineWidth(1);
        g.strokeRect(x0, 0.5, Math.max(1, x1 - x0), bottom - 1);
    }

    /** The bars and strips, one column per bucket; the drawing the benchmark times. */
    static void paint(GraphicsContext g, Timeline.Lanes lanes, double width, Color text, boolean dark) {
        double x0 = LABEL_WIDTH;
        int columns = lanes.total().length;
        double colWidth = (width - LABEL_WIDTH) / columns;
        long max = Math.max(1, lanes.max());
        g.setFont(Font.font(10));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(text);
        g.fillText("All threads (peak " + String.format(Locale.ROOT, "%,d", max) + ")", 4, TOTAL_HEIGHT / 2);
        g.setFill(dark ? Color.rgb(240, 140, 60) : Color.rgb(220, 100, 30));
        for (int c = 0; c < columns; c++) {
            long v = lanes.total()[c];
            if (v > 0) {
                double bar = (TOTAL_HEIGHT - 6) * v / max;
                g.fillRect(x0 + c * colWidth, TOTAL_HEIGHT - 2 - bar, Math.max(1, colWidth), bar);
            }
        }
        for (int t = 0; t < lanes.threads().size(); t++) {
            double y = TOTAL_HEIGHT + t * LANE_HEIGHT;
            long[] row = lanes.perThread().get(t);
            long rowMax = 1;
            for (long v : row) {
                rowMax = Math.max(rowMax, v);
            }
            g.setFill(text);
            g.fillText(threadName(lanes.threads().get(t)), 4, y + LANE_HEIGHT / 2);
            for (int c = 0; c < columns; c++) {
                if (row[c] > 0) {
                    double f = Math.sqrt((double) row[c] / rowMax);
                    g.setFill(Color.hsb(20, 0.15 + 0.8 * f, dark ? 0.45 + 0.5 * f : 0.98 - 0.3 * f));
                    g.fillRect(x0 + c * colWidth, y + 1, Math.max(1, colWidth), LANE_HEIGHT - 2);
                }
            }
        }
    }

    /** "[main tid=42]" -> "main". */
    static String threadName(String frame) {
        int tid = frame.lastIndexOf(" tid=");
        String name = frame.startsWith("[") && tid > 0 ? frame.substring(1, tid) : frame;
        return name.length() > 26 ? name.substring(0, 25) + "…" : name;
    }

    private static double niceStep(double raw) {
        double[] steps = {0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600};
        for (double s : steps) {
            if (s >= raw) {
                return s;
            }
        }
        return Math.ceil(raw / 3600) * 3600;
    }
}
