package org.oxidizer.core.report;

import java.awt.Font;
import java.awt.Paint;
import java.util.function.DoubleFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** One metric, before and after, as two horizontal bars on a scale from zero, each labelled with its value. */
final class BeforeAfterBarChart {

    static final int WIDTH = 300;
    static final int HEIGHT = 120;

    private BeforeAfterBarChart() {
    }

    static String svg(String id, String title, double before, double after, DoubleFunction<String> format) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(before, "median", "before");
        data.addValue(after, "median", "after");
        JFreeChart chart = ChartFactory.createBarChart(title, null, null, data, PlotOrientation.HORIZONTAL, false, false, false);
        SvgChart.style(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return column == 0 ? SvgChart.BEFORE : SvgChart.AFTER;
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.3);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new FigureFormat(format)));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        bars.setDefaultItemLabelPaint(SvgChart.TEXT);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        plot.setRenderer(bars);
        plot.getRangeAxis().setVisible(false);
        plot.getRangeAxis().setUpperMargin(0.45);
        plot.setRangeGridlinesVisible(false);
        plot.getDomainAxis().setCategoryMargin(0.25);
        return SvgChart.render(chart, WIDTH, HEIGHT, id);
    }
}
