package org.oxidizer.gui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import javafx.beans.value.ObservableValue;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.ScatterRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;
import org.oxidizer.core.bench.Medians;
import org.oxidizer.gui.Theme;

/** One metric before and after: a bar at each side's median and a dot for every run, so the spread shows. */
public final class RunBarsChart {

    private final DefaultCategoryDataset medians = new DefaultCategoryDataset();
    private final DefaultMultiValueCategoryDataset runs = new DefaultMultiValueCategoryDataset();
    private final ChartViewer viewer;

    public RunBarsChart(String title, String unit, String numberFormat, ObservableValue<Theme> theme) {
        CategoryPlot plot = new CategoryPlot(medians, new CategoryAxis(), new NumberAxis(unit), null);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0);
        bars.setMaximumBarWidth(0.3);
        bars.setSeriesPaint(0, ChartStyle.BEFORE);
        bars.setSeriesPaint(1, ChartStyle.AFTER);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new java.text.DecimalFormat(numberFormat)));
        bars.setDefaultItemLabelsVisible(true);
        plot.setRenderer(0, bars);
        ScatterRenderer dots = new ScatterRenderer();
        dots.setUseSeriesOffset(true);
        dots.setItemMargin(0);
        for (int s = 0; s < 2; s++) {
            dots.setSeriesPaint(s, new Color(0x111827));
            dots.setSeriesShape(s, new Ellipse2D.Double(-3, -3, 6, 6));
            dots.setSeriesOutlineStroke(s, new BasicStroke(1f));
        }
        plot.setDataset(1, runs);
        plot.setRenderer(1, dots);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.getRangeAxis().setUpperMargin(0.15);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.follow(chart, theme);
        theme.addListener((o, was, now) -> {
            bars.setDefaultItemLabelPaint(now == Theme.DARK ? Color.WHITE : Color.BLACK);
            dots.setSeriesPaint(0, now == Theme.DARK ? Color.WHITE : new Color(0x111827));
            dots.setSeriesPaint(1, now == Theme.DARK ? Color.WHITE : new Color(0x111827));
        });
        viewer = new ChartViewer(chart);
        viewer.setMinSize(160, 160);
    }

    public ChartViewer viewer() {
        return viewer;
    }

    /** @param before one value per run of the pure-Java side; {@code after} likewise (may be empty) */
    public void show(List<Double> before, List<Double> after) {
        medians.clear();
        if (!before.isEmpty()) {
            medians.addValue(Medians.median(before.stream().mapToDouble(Double::doubleValue).toArray()), "before", "");
        }
        if (!after.isEmpty()) {
            medians.addValue(Medians.median(after.stream().mapToDouble(Double::doubleValue).toArray()), "after", "");
        }
        runs.add(before, "before", "");
        runs.add(after, "after", "");
    }
}
