package org.oxidizer.core.report;

import java.awt.Font;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.oxidizer.core.profile.CategoryBreakdown;

/** Where the samples went (regex, GC, string copy, ...), before and after, one pair of bars per category. */
final class CategoryShareChart {

    static final int WIDTH = 460;

    private CategoryShareChart() {
    }

    static int height(int categories) {
        return 70 + 30 * categories;
    }

    static String svg(String id, String title, List<CategoryBreakdown.Share> before, List<CategoryBreakdown.Share> after) {
        Set<String> names = new LinkedHashSet<>();
        before.forEach(s -> names.add(s.category()));
        after.forEach(s -> names.add(s.category()));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String name : names) {
            data.addValue(share(before, name), "before", name);
            data.addValue(share(after, name), "after", name);
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, "% of samples", data, PlotOrientation.HORIZONTAL,
            true, false, false);
        SvgChart.style(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, SvgChart.BEFORE);
        bars.setSeriesPaint(1, SvgChart.AFTER);
        bars.setItemMargin(0.05);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
            new FigureFormat(v -> String.format(Locale.ROOT, "%.0f%%", v))));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        plot.getRangeAxis().setUpperMargin(0.12);
        plot.getDomainAxis().setCategoryMargin(0.3);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        return SvgChart.render(chart, WIDTH, height(names.size()), id);
    }

    private static double share(List<CategoryBreakdown.Share> shares, String category) {
        return shares.stream().filter(s -> s.category().equals(category)).mapToDouble(CategoryBreakdown.Share::percent)
            .findFirst().orElse(0);
    }
}
