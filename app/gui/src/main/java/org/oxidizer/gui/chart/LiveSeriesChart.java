package org.oxidizer.gui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.beans.value.ObservableValue;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.gui.Theme;

/** One metric of /proc samples over time (seconds on x); one or more series, appended to as samples come. */
public final class LiveSeriesChart {

    private final XYSeriesCollection data = new XYSeriesCollection();
    private final ToDoubleFunction<ProcSample> metric;
    private final JFreeChart chart;
    private final ChartViewer viewer;

    public LiveSeriesChart(String title, String unit, ToDoubleFunction<ProcSample> metric, ObservableValue<Theme> theme,
                           String... seriesNames) {
        this.metric = metric;
        for (String name : seriesNames) {
            data.addSeries(new XYSeries(name, true, true));
        }
        chart = ChartFactory.createXYLineChart(title, "seconds", unit, data, PlotOrientation.VERTICAL,
            seriesNames.length > 1, true, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < seriesNames.length; i++) {
            Color color = seriesNames.length == 2 ? (i == 0 ? ChartStyle.BEFORE : ChartStyle.AFTER) : ChartStyle.SERIES[i];
            renderer.setSeriesPaint(i, color);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        ChartStyle.follow(chart, theme);
        viewer = new ChartViewer(chart);
        viewer.setMinSize(200, 120);
    }

    public ChartViewer viewer() {
        return viewer;
    }

    public JFreeChart chart() {
        return chart;
    }

    public void add(int series, ProcSample sample) {
        data.getSeries(series).add(sample.elapsedMillis() / 1000.0, metric.applyAsDouble(sample));
    }

    /** Replaces a series at once, with one redraw. */
    public void setAll(int series, List<ProcSample> samples) {
        XYSeries s = data.getSeries(series);
        s.setNotify(false);
        s.clear();
        for (ProcSample sample : samples) {
            s.add(sample.elapsedMillis() / 1000.0, metric.applyAsDouble(sample), false);
        }
        s.setNotify(true);
    }
}
