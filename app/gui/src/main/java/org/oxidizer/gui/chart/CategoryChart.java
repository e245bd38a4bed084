package org.oxidizer.gui.chart;

import java.awt.Color;
import java.util.List;
import javafx.beans.value.ObservableValue;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.oxidizer.core.profile.CategoryBreakdown;
import org.oxidizer.gui.Theme;

/** Where the samples went by category, as horizontal bars. */
public final class CategoryChart {

    private final DefaultCategoryDataset data = new DefaultCategoryDataset();
    private final ChartViewer viewer;

    public CategoryChart(ObservableValue<Theme> theme) {
        JFreeChart chart = ChartFactory.createBarChart(null, null, "% of samples", data, PlotOrientation.HORIZONTAL,
            false, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0xea580c));
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%",
            new java.text.DecimalFormat("0.0")));
        renderer.setDefaultItemLabelsVisible(true);
        plot.getRangeAxis().setUpperMargin(0.18);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        ChartStyle.follow(chart, theme);
        theme.addListener((o, was, now) -> renderer.setDefaultItemLabelPaint(now == Theme.DARK ? Color.WHITE : Color.BLACK));
        renderer.setDefaultItemLabelPaint(theme.getValue() == Theme.DARK ? Color.WHITE : Color.BLACK);
        viewer = new ChartViewer(chart);
        viewer.setMinSize(200, 120);
    }

    public ChartViewer viewer() {
        return viewer;
    }

    public void show(List<CategoryBreakdown.Share> shares) {
        data.clear();
        for (CategoryBreakdown.Share s : shares) {
            data.addValue(s.percent(), "share", s.category());
        }
    }
}
