package org.oxidizer.core.target;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The agent's status file, read back after the target exits: which profiler event ran, what was swapped
 * and how often the kernel served, and the process's own last word on CPU time and peak RSS.
 */
public record AgentReport(String profileEvent, String fallbackReason, String profileError, List<SwapReport> swaps,
                          long processCpuNanos, long processPeakRssBytes) {

    public AgentReport {
        swaps = List.copyOf(swaps);
    }

    /**
     * One swapped method as the agent saw it.
     *
     * @param calls         calls the kernel served
     * @param methodCalls   all calls of the method, Java-served ones (while verifying) included
     * @param verifiedCalls captured calls replayed through the kernel before the swap (0: swapped unverified)
     * @param mismatch      where the kernel first disagreed with Java, or null
     * @param verifiedJavaNanos   the Java method's live time on the verified calls
     * @param verifiedKernelNanos the kernel's time replaying them
     */
    public record SwapReport(String method, String kernel, String mode, boolean woven, long calls, long fallbacks,
                             long methodCalls, long verifiedCalls, long identicalCalls, String mismatch,
                             long verifiedJavaNanos, long verifiedKernelNanos) {

        /** The kernel's speedup on the verified calls (Java's live time / the kernel's replay time), or NaN. */
        public double verifiedSpeedup() {
            return verifiedJavaNanos > 0 && verifiedKernelNanos > 0 ? (double) verifiedJavaNanos / verifiedKernelNanos : Double.NaN;
        }

        public boolean verificationFailed() {
            return mismatch != null || verifiedCalls > identicalCalls;
        }
    }

    public static AgentReport none() {
        return new AgentReport(null, null, null, List.of(), 0, 0);
    }

    public static AgentReport read(Path statusFile) throws IOException {
        if (!Files.isRegularFile(statusFile)) {
            return none();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(statusFile)) {
            p.load(in);
        }
        List<SwapReport> swaps = new ArrayList<>();
        int count = Integer.parseInt(p.getProperty("swaps", "0"));
        for (int i = 0; i < count; i++) {
            String prefix = "swap." + i + ".";
            swaps.add(new SwapReport(p.getProperty(prefix + "method"), p.getProperty(prefix + "kernel"),
                p.getProperty(prefix + "mode"), Boolean.parseBoolean(p.getProperty(prefix + "woven")),
                number(p, prefix + "calls"), number(p, prefix + "fallbacks"), number(p, prefix + "methodCalls"),
                number(p, prefix + "verification.calls"), number(p, prefix + "verification.identical"),
                p.getProperty(prefix + "verification.mismatch"), number(p, prefix + "verification.javaNanos"),
                number(p, prefix + "verification.kernelNanos")));
        }
        return new AgentReport(p.getProperty("profile.event"), p.getProperty("profile.fallbackReason"),
            p.getProperty("profile.error"), swaps, number(p, "process.cpuNanos"), number(p, "process.peakRssBytes"));
    }

    private static long number(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null ? 0 : Long.parseLong(v.trim());
    }
}
