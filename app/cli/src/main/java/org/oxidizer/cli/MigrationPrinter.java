package org.oxidizer.cli;

import java.util.List;
import java.util.Locale;
import org.oxidizer.core.migrate.Advice;
import org.oxidizer.core.migrate.MigrationCandidate;
import org.oxidizer.core.migrate.Verification;

/** Prints candidates, verifications and advice as tables a person reads in a terminal. */
final class MigrationPrinter {

    private static final int SHOWN = 12;

    private MigrationPrinter() {
    }

    static void candidates(List<MigrationCandidate> candidates) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%7s %7s  %-60s %s%n", "total%", "self%", "method", "kernel / why not");
        for (MigrationCandidate c : candidates.subList(0, Math.min(SHOWN, candidates.size()))) {
            String kernel = c.kernel().map(k -> k.kernel() + (k.parameters().isEmpty() ? "" : " " + k.parameters()))
                .orElse("— " + String.join("; ", c.reasons()));
            System.out.printf(Locale.ROOT, "%7.1f %7.1f  %-60s %s%n", c.totalPercent(), c.selfPercent(), clip(c.frame(), 60), kernel);
        }
        if (candidates.size() > SHOWN) {
            System.out.println("  … " + (candidates.size() - SHOWN) + " more");
        }
    }

    static void verification(Verification v) {
        System.out.printf(Locale.ROOT, "verification: %d of %d captured calls identical (%s)%n", v.identical(), v.calls(), v.tolerance());
        System.out.printf(Locale.ROOT, "  on those calls: Java %s, kernel %s -> %.1fx; cheapest kernel call %s%n",
            millis(v.javaNanos()), millis(v.kernelNanos()), v.speedup(), v.crossingNanos() + " ns");
        if (v.mismatch() != null) {
            System.out.println("  FIRST MISMATCH on captured call " + v.mismatch().call() + " at " + v.mismatch().where());
            System.out.println("    input   " + v.mismatch().input());
            System.out.println("    Java    " + v.mismatch().javaOutput());
            System.out.println("    kernel  " + v.mismatch().kernelOutput());
        }
    }

    static void advice(Advice a) {
        System.out.println("advisor: " + a.headline().toUpperCase(Locale.ROOT)
            + (Double.isNaN(a.predictedSpeedup()) ? "" : String.format(Locale.ROOT, " (predicted whole run %.2fx)", a.predictedSpeedup())));
        a.reasons().forEach(r -> System.out.println("  - " + r));
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : "…" + s.substring(s.length() - width + 1);
    }
}
