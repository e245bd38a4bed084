package org.oxidizer.core.report;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.core.profile.CategoryBreakdown;

/** Small inline SVG charts for the HTML report: no scripts, no external resources. */
final class SvgCharts {

    static final String BEFORE_COLOR = "#b85c38";
    static final String AFTER_COLOR = "#2f7d6d";
    private static final int WIDTH = 360;

    private SvgCharts() {
    }

    /** Two horizontal bars, before and after, on a shared scale starting at zero. */
    static String bars(String title, double before, double after, DoubleFunction<String> format) {
        double max = Math.max(Math.max(before, after), 1e-9);
        StringBuilder svg = open(title, 96);
        bar(svg, 34, "before", before, max, BEFORE_COLOR, format);
        bar(svg, 64, "after", after, max, AFTER_COLOR, format);
        return svg.append("</svg>").toString();
    }

    private static void bar(StringBuilder svg, int y, String label, double value, double max, String color,
                            DoubleFunction<String> format) {
        double w = (WIDTH - 150) * value / max;
        svg.append(String.format(Locale.ROOT, "<text x='0' y='%d' class='lbl'>%s</text>", y + 13, label));
        svg.append(String.format(Locale.ROOT, "<rect x='56' y='%d' width='%.1f' height='18' fill='%s' rx='2'/>", y, w, color));
        svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' class='val'>%s</text>", 62 + w, y + 13,
            Html.escape(format.apply(value))));
    }

    /** Category shares side by side: one pair of bars per category, before and after. */
    static String categories(String title, List<CategoryBreakdown.Share> before, List<CategoryBreakdown.Share> after) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        before.forEach(s -> names.add(s.category()));
        after.forEach(s -> names.add(s.category()));
        StringBuilder svg = open(title, 30 + 26 * names.size());
        int y = 28;
        for (String name : names) {
            double b = share(before, name);
            double a = share(after, name);
            svg.append(String.format(Locale.ROOT, "<text x='0' y='%d' class='lbl'>%s</text>", y + 14, Html.escape(name)));
            svg.append(String.format(Locale.ROOT, "<rect x='140' y='%d' width='%.1f' height='10' fill='%s'/>", y, 1.6 * b, BEFORE_COLOR));
            svg.append(String.format(Locale.ROOT, "<rect x='140' y='%d' width='%.1f' height='10' fill='%s'/>", y + 11, 1.6 * a, AFTER_COLOR));
            svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' class='val'>%.0f%% / %.0f%%</text>", 146 + 1.6 * Math.max(a, b),
                y + 15, b, a));
            y += 26;
        }
        return svg.append("</svg>").toString();
    }

    private static double share(List<CategoryBreakdown.Share> shares, String category) {
        return shares.stream().filter(s -> s.category().equals(category)).mapToDouble(CategoryBreakdown.Share::percent)
            .findFirst().orElse(0);
    }

    /** A metric over time for both runs, on shared axes. */
    static String series(String title, List<ProcSample> before, List<ProcSample> after,
                         ToDoubleFunction<ProcSample> metric, DoubleFunction<String> format) {
        double maxT = Math.max(1, Math.max(last(before), last(after)));
        double maxV = 1e-9;
        for (List<ProcSample> s : List.of(before, after)) {
            for (ProcSample p : s) {
                maxV = Math.max(maxV, metric.applyAsDouble(p));
            }
        }
        StringBuilder svg = open(title, 170);
        int top = 28;
        int h = 110;
        int left = 60;
        int w = WIDTH - left - 10;
        svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' class='axis'/>", left, top + h, left + w, top + h));
        svg.append(String.format(Locale.ROOT, "<text x='0' y='%d' class='val'>%s</text>", top + 8, Html.escape(format.apply(maxV))));
        svg.append(String.format(Locale.ROOT, "<text x='0' y='%d' class='val'>0</text>", top + h));
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' class='val' text-anchor='end'>%s</text>", left + w, top + h + 16,
            Html.escape(Figures.duration(maxT))));
        polyline(svg, before, metric, maxT, maxV, left, top, w, h, BEFORE_COLOR);
        polyline(svg, after, metric, maxT, maxV, left, top, w, h, AFTER_COLOR);
        return svg.append("</svg>").toString();
    }

    private static void polyline(StringBuilder svg, List<ProcSample> samples, ToDoubleFunction<ProcSample> metric,
                                 double maxT, double maxV, int left, int top, int w, int h, String color) {
        if (samples.isEmpty()) {
            return;
        }
        svg.append("<polyline fill='none' stroke='").append(color).append("' stroke-width='1.5' points='");
        for (ProcSample p : samples) {
            svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + w * p.elapsedMillis() / maxT,
                top + h - h * metric.applyAsDouble(p) / maxV));
        }
        svg.append("'/>");
    }

    private static double last(List<ProcSample> samples) {
        return samples.isEmpty() ? 0 : samples.get(samples.size() - 1).elapsedMillis();
    }

    private static StringBuilder open(String title, int height) {
        StringBuilder svg = new StringBuilder(2048);
        svg.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' viewBox='0 0 %d %d' role='img'>",
            WIDTH, height, WIDTH, height));
        svg.append("<title>").append(Html.escape(title)).append("</title>");
        svg.append("<text x='0' y='16' class='ttl'>").append(Html.escape(title)).append("</text>");
        return svg;
    }
}
