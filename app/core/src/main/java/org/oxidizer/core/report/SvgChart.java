package org.oxidizer.core.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a JFreeChart into an inline SVG element with the report's look. Java2D only, so it runs headless;
 * text stays text (JFreeSVG escapes it), and each chart's defs get their own id prefix so that several
 * charts can share one page.
 */
final class SvgChart {

    static final Color BEFORE = new Color(0xb8, 0x5c, 0x38);
    static final Color AFTER = new Color(0x2f, 0x7d, 0x6d);
    static final Color GRID = new Color(0xe4, 0xe4, 0xe4);
    static final Color TEXT = new Color(0x44, 0x44, 0x44);

    private SvgChart() {
    }

    /** The report's theme, applied per chart: ChartFactory's global theme belongs to whoever else uses JFreeChart. */
    static void style(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        theme.setTitlePaint(Color.BLACK);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.apply(chart);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(4, 2, 4, 8));
        Plot plot = chart.getPlot();
        plot.setOutlineVisible(false);
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(BlockBorder.NONE);
        }
    }

    static BasicStroke line(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /**
     * @param id unique on the page; becomes the svg element's id and its defs' prefix
     */
    static String render(JFreeChart chart, int width, int height, String id) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id + "-");
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return g2.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
    }
}
