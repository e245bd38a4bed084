package org.oxidizer.core.target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.oxidizer.agent.api.Facts;
import org.oxidizer.agent.api.StatusFileKeys;
import org.oxidizer.agent.api.VerificationKeys;
import org.oxidizer.core.stats.ABMeasurement;

/**
 * The agent's status file, read back after the target exits: which profiler event ran, what was swapped
 * and how often the kernel served, and the process's own last word on CPU time and peak RSS.
 */
public record AgentReport(String profileEvent, String fallbackReason, String profileError, List<SwapReport> swaps,
                          long processCpuNanos, long processPeakRssBytes, String nativememRefused) {

    public AgentReport {
        swaps = List.copyOf(swaps);
    }

    public AgentReport(String profileEvent, String fallbackReason, String profileError, List<SwapReport> swaps,
                       long processCpuNanos, long processPeakRssBytes) {
        this(profileEvent, fallbackReason, profileError, swaps, processCpuNanos, processPeakRssBytes, null);
    }

    /**
     * One swapped method as the agent saw it.
     *
     * @param calls         calls the kernel served
     * @param methodCalls   all calls of the method, Java-served ones (while verifying) included
     * @param verifiedCalls captured calls replayed through the kernel before the swap (0: swapped unverified)
     * @param mismatch      where the kernel first disagreed with Java, or null
     * @param measurement   the Java body and the kernel timed side by side on the verified calls
     * @param javaBusyNanos all the Java calls' time, by the agent's timers
     * @param javaFirstNanos the first Java calls' times (up to 16)
     * @param setupNanos    what the at-launch swap cost before the kernel served (bind, load, warm-up, weave)
     * @param compareNanos  the comparison of the captured answers
     * @param notCaptured   why no call could be captured to verify on, or null
     */
    public record SwapReport(String method, String kernel, String mode, boolean woven, long calls, long fallbacks,
                             long methodCalls, long verifiedCalls, long identicalCalls, String mismatch,
                             ABMeasurement measurement, long javaCalls, long javaBusyNanos, long[] javaFirstNanos,
                             int callerThreads, long setupNanos, long compareNanos, String notCaptured) {

        /** The kernel's speedup on the verified calls (A/B estimate), or NaN when not measured. */
        public double verifiedSpeedup() {
            return measurement.ratio().estimate();
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
        Facts p = Facts.parse(Files.readString(statusFile, StandardCharsets.ISO_8859_1));
        List<SwapReport> swaps = new ArrayList<>();
        int count = p.integer(StatusFileKeys.SWAPS);
        for (int i = 0; i < count; i++) {
            Facts s = p.section(StatusFileKeys.swap(i));
            swaps.add(new SwapReport(s.get(StatusFileKeys.SWAP_METHOD), s.get(StatusFileKeys.SWAP_KERNEL),
                s.get(StatusFileKeys.SWAP_MODE), s.flag(StatusFileKeys.SWAP_WOVEN), s.number(StatusFileKeys.SWAP_CALLS),
                s.number(StatusFileKeys.SWAP_FALLBACKS), s.number(StatusFileKeys.SWAP_METHOD_CALLS),
                s.number(StatusFileKeys.SWAP_VERIFIED_CALLS), s.number(StatusFileKeys.SWAP_IDENTICAL_CALLS),
                s.get(StatusFileKeys.SWAP_MISMATCH), ABMeasurement.from(s.section(StatusFileKeys.SWAP_VERIFICATION)),
                s.number(StatusFileKeys.SWAP_JAVA_CALLS), s.number(StatusFileKeys.SWAP_JAVA_BUSY_NANOS),
                ABMeasurement.longs(s.get(StatusFileKeys.SWAP_JAVA_FIRST)), s.integer(StatusFileKeys.SWAP_CALLER_THREADS),
                s.number(StatusFileKeys.SWAP_VERIFICATION + VerificationKeys.SETUP_NANOS),
                s.number(StatusFileKeys.SWAP_VERIFICATION + VerificationKeys.COMPARE_NANOS),
                s.get(StatusFileKeys.SWAP_VERIFICATION + VerificationKeys.NOT_CAPTURED)));
        }
        return new AgentReport(p.get(StatusFileKeys.PROFILE_EVENT), p.get(StatusFileKeys.PROFILE_FALLBACK_REASON),
            p.get(StatusFileKeys.PROFILE_ERROR), swaps, p.number(StatusFileKeys.PROCESS_CPU_NANOS),
            p.number(StatusFileKeys.PROCESS_PEAK_RSS_BYTES), p.get(StatusFileKeys.PROFILE_NATIVEMEM_REFUSED));
    }
}
