package org.oxidizer.core.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.oxidizer.core.measure.ProcSample;

/** A /proc metric over the run's time, before and after overlaid on shared axes. */
final class TimeSeriesChart {

    static final int WIDTH = 460;
    static final int HEIGHT = 230;
    /** About two points per pixel of plot width: more only makes the page heavier. */
    static final int MAX_POINTS = 800;

    private TimeSeriesChart() {
    }

    /**
     * @param ceiling a horizontal line to draw (e.g. 100% x cores) and the top of the axis, or NaN for none
     */
    static String svg(String id, String title, List<ProcSample> before, List<ProcSample> after,
                      ToDoubleFunction<ProcSample> metric, DoubleFunction<String> format, double ceiling, String ceilingLabel) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("before", before, metric));
        data.addSeries(series("after", after, metric));
        JFreeChart chart = ChartFactory.createXYLineChart(title, "seconds since launch", null, data, PlotOrientation.VERTICAL,
            true, false, false);
        SvgChart.style(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, SvgChart.BEFORE);
        lines.setSeriesPaint(1, SvgChart.AFTER);
        lines.setSeriesStroke(0, SvgChart.line(1.6f));
        lines.setSeriesStroke(1, SvgChart.line(1.6f));
        plot.setRenderer(lines);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setNumberFormatOverride(new FigureFormat(format));
        values.setLowerBound(0);
        values.setAutoRangeIncludesZero(true);
        NumberAxis time = (NumberAxis) plot.getDomainAxis();
        time.setLowerMargin(0);
        time.setUpperMargin(0.01);
        if (!Double.isNaN(ceiling)) {
            ValueMarker marker = new ValueMarker(ceiling, new Color(0x99, 0x99, 0x99),
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
            marker.setLabel(ceilingLabel);
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            marker.setLabelPaint(SvgChart.TEXT);
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(marker);
            // Above the ceiling is impossible over a whole interval: such points are the sampler's timing hiccups.
            values.setUpperBound(ceiling * 1.15);
        }
        return SvgChart.render(chart, WIDTH, HEIGHT, id);
    }

    /** At most {@link #MAX_POINTS} points: a long run keeps each bucket's highest reading, so peaks survive. */
    static XYSeries series(String name, List<ProcSample> samples, ToDoubleFunction<ProcSample> metric) {
        XYSeries series = new XYSeries(name, false, true);
        int bucket = Math.max(1, (samples.size() + MAX_POINTS - 1) / MAX_POINTS);
        for (int from = 0; from < samples.size(); from += bucket) {
            ProcSample highest = samples.get(from);
            for (int i = from + 1; i < Math.min(samples.size(), from + bucket); i++) {
                if (metric.applyAsDouble(samples.get(i)) > metric.applyAsDouble(highest)) {
                    highest = samples.get(i);
                }
            }
            series.add(highest.elapsedMillis() / 1000.0, metric.applyAsDouble(highest));
        }
        return series;
    }
}
