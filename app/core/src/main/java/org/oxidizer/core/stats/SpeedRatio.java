package org.oxidizer.core.stats;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * How many times faster one side is than the other (Java time / kernel time), with its 95% interval.
 * The estimate is the Hodges-Lehmann estimate on log times, so the ratio is a typical one and robust to a
 * few outliers (a GC pause, a descheduled thread). Paired measurements (same input, adjacent in time) use
 * the Wilcoxon signed-rank statistic; independent ones (calls served before and after a swap) use the
 * Mann-Whitney one. Apache Commons Statistics gives the tests' p-values and the normal quantile; it has no
 * Hodges-Lehmann interval, so the Walsh-average / pairwise-difference interval is computed here (exact
 * signed-rank distribution up to 50 pairs, normal approximation above).
 *
 * @param estimate times faster (above 1: the second side is faster), NaN when nothing was measured
 * @param low      lower end of the 95% interval, NaN when there are too few measurements for one
 * @param high     upper end
 * @param count    pairs (paired) or the smaller side's calls (independent)
 * @param pValue   of "no difference", NaN without an interval
 */
public record SpeedRatio(double estimate, double low, double high, int count, double pValue) {

    public static final double CONFIDENCE = 0.95;
    private static final int EXACT_UP_TO = 50;
    /** Per side, at most this many calls enter the pairwise differences of an independent comparison. */
    private static final int MAX_INDEPENDENT = 512;

    public static SpeedRatio none() {
        return new SpeedRatio(Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN);
    }

    /** {@code slow[i]} and {@code fast[i]} timed the same input back to back. */
    public static SpeedRatio paired(long[] slow, long[] fast) {
        int n = Math.min(slow.length, fast.length);
        if (n == 0) {
            return none();
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = Math.log(Math.max(1, slow[i])) - Math.log(Math.max(1, fast[i]));
        }
        double[] walsh = new double[n * (n + 1) / 2];
        int w = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                walsh[w++] = (d[i] + d[j]) / 2;
            }
        }
        Arrays.sort(walsh);
        double estimate = Math.exp(median(walsh));
        int depth = signedRankDepth(n);
        if (depth < 1) {
            return new SpeedRatio(estimate, Double.NaN, Double.NaN, n, Double.NaN);
        }
        double p = allZero(d) ? 1 : WilcoxonSignedRankTest.withDefaults().test(d).getPValue();
        return new SpeedRatio(estimate, Math.exp(walsh[depth - 1]), Math.exp(walsh[walsh.length - depth]), n, p);
    }

    /** Two independent sets of per-call times: {@code slow} before a change, {@code fast} after it. */
    public static SpeedRatio independent(long[] slow, long[] fast) {
        double[] x = logs(slow);
        double[] y = logs(fast);
        int m = x.length;
        int n = y.length;
        if (m == 0 || n == 0) {
            return none();
        }
        double[] differences = new double[m * n];
        int k = 0;
        for (double a : x) {
            for (double b : y) {
                differences[k++] = a - b;
            }
        }
        Arrays.sort(differences);
        double estimate = Math.exp(median(differences));
        double mn = (double) m * n;
        double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        int depth = (int) Math.floor(mn / 2 - z * Math.sqrt(mn * (m + n + 1) / 12.0));
        if (m < 5 || n < 5 || depth < 1) {
            return new SpeedRatio(estimate, Double.NaN, Double.NaN, Math.min(m, n), Double.NaN);
        }
        double p = MannWhitneyUTest.withDefaults().test(x, y).getPValue();
        return new SpeedRatio(estimate, Math.exp(differences[depth - 1]), Math.exp(differences[differences.length - depth]),
            Math.min(m, n), p);
    }

    public boolean measured() {
        return !Double.isNaN(estimate);
    }

    public boolean hasInterval() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }

    /** The interval lies wholly on one side of 1: the difference is real at 95%. */
    public boolean measurable() {
        return hasInterval() && (low > 1 || high < 1);
    }

    /** "2.03x (95% interval 1.91x-2.16x, 120 pairs)", "no measurable difference (0.97x, 95% interval 0.90x-1.05x, ...)". */
    public String describe(String unit) {
        if (!measured()) {
            return "not measured";
        }
        if (!hasInterval()) {
            return String.format(Locale.ROOT, "%.2fx on %d %s, too few for an interval", estimate, count, unit);
        }
        String figures = String.format(Locale.ROOT, "%.2fx, 95%% interval %.2fx-%.2fx, %d %s", estimate, low, high, count, unit);
        return measurable() ? String.format(Locale.ROOT, "%.2fx (95%% interval %.2fx-%.2fx, %d %s)", estimate, low, high, count, unit)
            : "no measurable difference (" + figures + ")";
    }

    /**
     * How far in from each end of the sorted Walsh averages the interval's bounds lie: the largest d with
     * P(W &lt;= d - 1) &lt;= (1 - confidence) / 2 for the signed-rank statistic W of n pairs; 0 when none.
     */
    static int signedRankDepth(int n) {
        double alpha = (1 - CONFIDENCE) / 2;
        if (n > EXACT_UP_TO) {
            double mean = n * (n + 1) / 4.0;
            double sd = Math.sqrt(n * (n + 1) * (2.0 * n + 1) / 24);
            double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - alpha);
            return (int) Math.floor(mean - z * sd + 0.5);
        }
        int max = n * (n + 1) / 2;
        double[] ways = new double[max + 1];
        ways[0] = 1;
        for (int rank = 1; rank <= n; rank++) {
            for (int s = max; s >= rank; s--) {
                ways[s] += ways[s - rank];
            }
        }
        double total = Math.pow(2, n);
        double cumulative = 0;
        int depth = 0;
        for (int c = 0; c <= max; c++) {
            cumulative += ways[c] / total;
            if (cumulative > alpha) {
                break;
            }
            depth = c + 1;
        }
        return depth;
    }

    private static double[] logs(long[] nanos) {
        int step = Math.max(1, (nanos.length + MAX_INDEPENDENT - 1) / MAX_INDEPENDENT);
        double[] out = new double[(nanos.length + step - 1) / step];
        for (int i = 0, k = 0; i < nanos.length; i += step) {
            out[k++] = Math.log(Math.max(1, nanos[i]));
        }
        return out;
    }

    private static boolean allZero(double[] values) {
        for (double v : values) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
