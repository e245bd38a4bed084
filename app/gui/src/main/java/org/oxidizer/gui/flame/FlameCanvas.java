package org.oxidizer.gui.flame;

import java.util.Arrays;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link FlameData} top-down on a canvas: the zoomed node spans the width, its ancestors sit above
 * it at full width, and frames narrower than a third of a pixel are skipped with their subtrees, so the
 * cost of a paint follows what is visible rather than the size of the profile. Remembers what it drew for
 * hit-testing.
 */
public final class FlameCanvas {

    static final double ROW = 18;
    private static final double MIN_WIDTH = 0.33;
    private static final double TEXT_MIN_WIDTH = 28;
    private static final double CHAR_WIDTH = 6.6;

    private final Canvas canvas = new Canvas();
    private final Font font = Font.font("SansSerif", 11);
    private FlameData data;
    private Color[] labelColors;
    private String[] shortNames;
    private boolean[] matches;
    private int zoom;
    private int hovered = -1;
    private double scrollY;
    private boolean dark;
    private int drawn;
    private int[] drawnNode = new int[1024];
    private double[] drawnX = new double[1024];
    private double[] drawnW = new double[1024];
    private int[] drawnDepth = new int[1024];

    public Canvas canvas() {
        return canvas;
    }

    public void setData(FlameData newData) {
        this.data = newData;
        this.labelColors = newData == null ? null : new Color[newData.labelCount()];
        this.shortNames = newData == null ? null : new String[newData.labelCount()];
        this.matches = null;
        this.zoom = newData == null ? 0 : newData.root();
        this.hovered = -1;
        this.scrollY = 0;
    }

    public FlameData data() {
        return data;
    }

    public void setZoom(int node) {
        this.zoom = node;
    }

    public int zoom() {
        return zoom;
    }

    public void setHovered(int node) {
        this.hovered = node;
    }

    public void setMatches(boolean[] labelMatches) {
        this.matches = labelMatches;
    }

    public void setScrollY(double y) {
        this.scrollY = y;
    }

    public void setDark(boolean isDark) {
        this.dark = isDark;
    }

    /** Height of the whole graph in pixels, for the scroll bar. */
    public double contentHeight() {
        return data == null ? 0 : (data.maxDepth() + 1) * ROW;
    }

    /** @return how many frames were drawn */
    public int paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.setFill(dark ? Color.web("#1e1f22") : Color.WHITE);
        g.fillRect(0, 0, width, height);
        drawn = 0;
        if (data == null || width <= 0) {
            return 0;
        }
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        int firstRow = (int) Math.floor(scrollY / ROW);
        int lastRow = (int) Math.ceil((scrollY + height) / ROW);
        for (int a = data.parent(zoom); a >= 0; a = data.parent(a)) {
            if (data.depth(a) >= firstRow && data.depth(a) <= lastRow) {
                box(g, a, 0, width, true);
            }
        }
        double scale = width / Math.max(data.weight(zoom), 1e-12);
        paintSubtree(g, zoom, 0, scale, firstRow, lastRow);
        return drawn;
    }

    private void paintSubtree(GraphicsContext g, int start, double startX, double scale, int firstRow, int lastRow) {
        // An explicit stack: profiles can be thousands of frames deep.
        int[] nodes = new int[64];
        double[] xs = new double[64];
        int top = 0;
        nodes[top] = start;
        xs[top++] = startX;
        while (top > 0) {
            int node = nodes[--top];
            double x = xs[top];
            double w = data.weight(node) * scale;
            int depth = data.depth(node);
            if (depth > lastRow) {
                continue;
            }
            if (depth >= firstRow) {
                box(g, node, x, w, false);
            }
            double childX = x;
            for (int c : data.children(node)) {
                double cw = data.weight(c) * scale;
                if (cw < MIN_WIDTH) {
                    break;          // hottest first: the rest are narrower still
                }
                if (top == nodes.length) {
                    nodes = Arrays.copyOf(nodes, top * 2);
                    xs = Arrays.copyOf(xs, top * 2);
                }
                nodes[top] = c;
                xs[top++] = childX;
                childX += cw;
            }
        }
    }

    private void box(GraphicsContext g, int node, double x, double w, boolean ancestor) {
        double y = data.depth(node) * ROW - scrollY;
        int label = data.label(node);
        Color fill;
        if (matches != null && matches[label]) {
            fill = FlameColors.MATCH;
        } else if (!Double.isNaN(data.delta(node)) && data instanceof DiffFlame diff) {
            fill = FlameColors.ofDelta(data.delta(node), diff.before(node), diff.after(node));
        } else {
            fill = labelColors[label];
            if (fill == null) {
                fill = FlameColors.of(data.labelName(label));
                labelColors[label] = fill;
            }
        }
        if (ancestor) {
            fill = fill.deriveColor(0, 0.35, dark ? 0.7 : 1.05, 1);
        }
        g.setFill(fill);
        g.fillRect(x, y, Math.max(w - 0.5, 0.5), ROW - 1);
        if (node == hovered) {
            g.setStroke(dark ? Color.WHITE : Color.BLACK);
            g.setLineWidth(1.5);
            g.strokeRect(x + 0.75, y + 0.75, Math.max(w - 2, 0.5), ROW - 2.5);
        }
        if (w >= TEXT_MIN_WIDTH) {
            String text = fit(label, w - 6);
            if (text != null) {
                g.setFill(Color.web("#111827"));
                g.fillText(text, x + 3, y + ROW / 2);
            }
        }
        remember(node, x, w, data.depth(node));
    }

    /** The full name if it fits, else the class-and-method tail, else a cut tail with an ellipsis. */
    private String fit(int label, double room) {
        int chars = (int) (room / CHAR_WIDTH);
        if (chars < 3) {
            return null;
        }
        String full = data.labelName(label);
        if (full.length() <= chars) {
            return full;
        }
        String brief = shortNames[label];
        if (brief == null) {
            brief = shortName(full);
            shortNames[label] = brief;
        }
        if (brief.length() <= chars) {
            return brief;
        }
        return brief.substring(0, chars - 1) + "…";
    }

    static String shortName(String frame) {
        int paren = frame.indexOf('(');
        String head = paren < 0 ? frame : frame.substring(0, paren);
        int method = head.lastIndexOf('.');
        if (method <= 0 || head.contains("::")) {
            return frame;
        }
        int cls = head.lastIndexOf('.', method - 1);
        return frame.substring(cls + 1);
    }

    private void remember(int node, double x, double w, int depth) {
        if (drawn == drawnNode.length) {
            int size = drawn * 2;
            drawnNode = Arrays.copyOf(drawnNode, size);
            drawnX = Arrays.copyOf(drawnX, size);
            drawnW = Arrays.copyOf(drawnW, size);
            drawnDepth = Arrays.copyOf(drawnDepth, size);
        }
        drawnNode[drawn] = node;
        drawnX[drawn] = x;
        drawnW[drawn] = w;
        drawnDepth[drawn++] = depth;
    }

    /** The node drawn at this point of the canvas, or -1. */
    public int nodeAt(double x, double y) {
        int depth = (int) Math.floor((y + scrollY) / ROW);
        for (int i = 0; i < drawn; i++) {
            if (drawnDepth[i] == depth && x >= drawnX[i] && x < drawnX[i] + Math.max(drawnW[i], 1)) {
                return drawnNode[i];
            }
        }
        return -1;
    }
}
