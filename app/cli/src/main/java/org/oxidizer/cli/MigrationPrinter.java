package org.oxidizer.cli;

import java.util.List;
import java.util.Locale;
import org.oxidizer.core.advice.Advice;
import org.oxidizer.core.live.Verification;
import org.oxidizer.core.match.MigrationCandidate;

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

    /**
     * @param shortfall   why fewer calls were captured than asked for, or empty
     * @param captureCost what capturing cost the method's calls, or empty
     */
    static void verification(Verification v, String shortfall, String captureCost) {
        System.out.println("verification: " + v.summary());
        if (!shortfall.isEmpty()) {
            System.out.println("  (" + shortfall + ")");
        }
        System.out.println("  " + v.timing());
        if (!captureCost.isEmpty()) {
            System.out.println("  " + captureCost);
        }
        if (v.mismatch() != null) {
            System.out.println("  FIRST MISMATCH on captured call " + v.mismatch().call() + " at " + v.mismatch().where());
            System.out.println("    input   " + v.mismatch().input());
            System.out.println("    Java    " + v.mismatch().javaOutput());
            System.out.println("    kernel  " + v.mismatch().kernelOutput());
        }
    }

    static void advice(Advice a) {
        System.out.println("advisor: " + a.headline());
        a.reasons().forEach(r -> System.out.println("  - " + r));
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : "…" + s.substring(s.length() - width + 1);
    }
}
