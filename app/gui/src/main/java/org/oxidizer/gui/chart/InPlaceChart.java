package org.oxidizer.gui.chart;

import java.awt.BasicStroke;
import java.util.List;
import javafx.beans.value.ObservableValue;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.oxidizer.core.live.InPlaceMeter;
import org.oxidizer.gui.Theme;

/**
 * The routed method measured in place, over time: its per-call time while Java served it and while the kernel
 * did (the agent's own timers, left axis), the process's CPU% (right axis), a marker where the route changed.
 */
public final class InPlaceChart {

    private final XYSeries java = new XYSeries("Java, ms per call", true, true);
    private final XYSeries kernel = new XYSeries("kernel, ms per call", true, true);
    private final XYSeries cpu = new XYSeries("process CPU %", true, true);
    private final JFreeChart chart;
    private final ChartViewer viewer;

    public InPlaceChart(ObservableValue<Theme> theme) {
        XYSeriesCollection times = new XYSeriesCollection();
        times.addSeries(java);
        times.addSeries(kernel);
        chart = ChartFactory.createXYLineChart("In place: the method's time per call", "seconds", "ms per call", times,
            PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, ChartStyle.BEFORE);
        renderer.setSeriesPaint(1, ChartStyle.AFTER);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        plot.setRenderer(renderer);
        // a log scale: Java at 30 ms and a kernel at 5 ms both stay readable, and so does the ratio between them
        org.jfree.chart.axis.LogAxis perCall = new org.jfree.chart.axis.LogAxis("ms per call (log scale)");
        perCall.setSmallestValue(0.001);
        perCall.setNumberFormatOverride(new java.text.DecimalFormat("0.###"));
        perCall.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));     // one tick per power of ten
        perCall.setMinorTickCount(9);
        perCall.setMinorTickMarksVisible(true);
        plot.setRangeAxis(0, perCall);
        NumberAxis cpuAxis = new NumberAxis("CPU %");
        cpuAxis.setAutoRangeIncludesZero(true);
        plot.setRangeAxis(1, cpuAxis);
        plot.setDataset(1, new XYSeriesCollection(cpu));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer cpuRenderer = new XYLineAndShapeRenderer(true, false);
        cpuRenderer.setSeriesPaint(0, ChartStyle.SERIES[2]);
        cpuRenderer.setSeriesStroke(0, new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
            new float[] {4f, 4f}, 0f));
        plot.setRenderer(1, cpuRenderer);
        ChartStyle.follow(chart, theme);
        viewer = new ChartViewer(chart);
        viewer.setMinSize(200, 160);
        viewer.setPrefSize(480, 220);
    }

    public ChartViewer viewer() {
        return viewer;
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Redraws from the meter's readings; a marker at each reading where the mode changed. */
    public void show(List<InPlaceMeter.Point> points) {
        for (XYSeries s : List.of(java, kernel, cpu)) {
            s.setNotify(false);
            s.clear();
        }
        XYPlot plot = chart.getXYPlot();
        plot.clearDomainMarkers();
        String mode = null;
        List<Double> changes = new java.util.ArrayList<>();
        List<String> modes = new java.util.ArrayList<>();
        for (InPlaceMeter.Point p : points) {
            if (!Double.isNaN(p.javaNanosPerCall())) {
                java.add(p.seconds(), p.javaNanosPerCall() / 1e6, false);
            }
            if (!Double.isNaN(p.kernelNanosPerCall())) {
                kernel.add(p.seconds(), p.kernelNanosPerCall() / 1e6, false);
            }
            if (!Double.isNaN(p.cpuPercent())) {
                cpu.add(p.seconds(), p.cpuPercent(), false);
            }
            if (mode != null && !mode.equals(p.mode())) {
                changes.add(p.seconds());
                modes.add(p.mode());
            }
            mode = p.mode();
        }
        double end = points.isEmpty() ? 0 : points.get(points.size() - 1).seconds();
        double span = points.isEmpty() ? 0 : end - points.get(0).seconds();
        for (int i = 0; i < changes.size(); i++) {
            ValueMarker marker = new ValueMarker(changes.get(i));
            // A mode that lasted only a moment (the capture of a few calls) keeps its line but not its label, which
            // would print over the next one.
            double lasted = (i + 1 < changes.size() ? changes.get(i + 1) : end) - changes.get(i);
            if (lasted >= span * 0.08) {
                marker.setLabel(modes.get(i));
            }
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            marker.setPaint(ChartStyle.SERIES[3]);
            plot.addDomainMarker(marker);
        }
        for (XYSeries s : List.of(java, kernel, cpu)) {
            s.setNotify(true);
        }
    }
}
