package org.oxidizer.gui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import javafx.beans.value.ObservableValue;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.oxidizer.gui.Theme;

/** Makes JFreeChart charts look like the rest of the window, in either theme. */
public final class ChartStyle {

    /** Before (pure Java) and after (kernel) keep these colors in every chart. */
    public static final Color BEFORE = new Color(0x64748b);
    public static final Color AFTER = new Color(0xea580c);
    public static final Color[] SERIES = {new Color(0x2563eb), new Color(0xea580c), new Color(0x16a34a), new Color(0x9333ea)};

    private static final Font TITLE = new Font("SansSerif", Font.BOLD, 13);
    private static final Font LABEL = new Font("SansSerif", Font.PLAIN, 11);

    private ChartStyle() {
    }

    /** Styles the chart now and again whenever the theme changes. */
    public static void follow(JFreeChart chart, ObservableValue<Theme> theme) {
        apply(chart, theme.getValue());
        theme.addListener((o, was, now) -> apply(chart, now));
    }

    public static void apply(JFreeChart chart, Theme theme) {
        boolean dark = theme == Theme.DARK;
        Color background = dark ? new Color(0x2b2d30) : Color.WHITE;
        Color text = dark ? new Color(0xdfe1e5) : new Color(0x1f2328);
        Color muted = dark ? new Color(0x9aa0a6) : new Color(0x6b7280);
        Color grid = dark ? new Color(0x3c3f44) : new Color(0xe5e7eb);
        chart.setBackgroundPaint(background);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setPaint(text);
            title.setFont(TITLE);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(background);
            legend.setItemPaint(text);
            legend.setItemFont(LABEL);
            legend.setFrame(new org.jfree.chart.block.BlockBorder(background));
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(background);
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(grid);
            xy.setRangeGridlinePaint(grid);
            xy.setDomainGridlineStroke(new BasicStroke(1f));
            xy.setRangeGridlineStroke(new BasicStroke(1f));
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i), text, muted, grid);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i), text, muted, grid);
            }
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(grid);
            category.setRangeGridlineStroke(new BasicStroke(1f));
            axis(category.getDomainAxis(), text, muted, grid);
            axis(category.getRangeAxis(), text, muted, grid);
        }
    }

    private static void axis(Axis axis, Paint text, Paint muted, Paint line) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(muted);
        axis.setLabelFont(LABEL);
        axis.setTickLabelPaint(text);
        axis.setTickLabelFont(LABEL);
        axis.setAxisLinePaint(line);
        axis.setTickMarkPaint(line);
    }
}
