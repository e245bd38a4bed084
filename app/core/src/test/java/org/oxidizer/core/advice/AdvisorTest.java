package org.oxidizer.core.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oxidizer.core.live.RouteStatus;
import org.oxidizer.core.live.Verification;
import org.oxidizer.core.match.JavaSignature;
import org.oxidizer.core.match.KernelMatch;
import org.oxidizer.core.match.MethodAnalysis;
import org.oxidizer.core.match.MigrationCandidate;
import org.oxidizer.core.stats.ABMeasurement;

class AdvisorTest {

    private static MigrationCandidate candidate(double totalPercent, List<String> reasons) {
        List<KernelMatch> kernels = reasons.isEmpty()
            ? List.of(new KernelMatch("k", "a kernel", "shape", Map.of(), true, "")) : List.of();
        MethodAnalysis method = new MethodAnalysis("com.acme.T", "hot", "([D)D", JavaSignature.ofClassFile("([D)D"), false,
            true, List.of(), List.of());
        return new MigrationCandidate("com.acme.T.hot", totalPercent / 2, totalPercent, method, kernels, reasons);
    }

    /** 20 A/B pairs, each exactly {@code javaNanos / kernelNanos} apart, so the interval is that ratio alone. */
    static Verification verified(int calls, long javaNanos, long kernelNanos, long crossingNanos) {
        return measured(calls, pairs(20, javaNanos, 0), pairs(20, kernelNanos, 0), crossingNanos);
    }

    static Verification measured(int calls, long[] java, long[] kernel, long crossingNanos) {
        return new Verification("com.acme.T.hot()V", "k", "{}", "exact", calls, calls, true, crossingNanos, null,
            new ABMeasurement(java, kernel, 3, true, 4, 3_000_000_000L, 2_900_000_000L, null));
    }

    static long[] pairs(int n, long nanos, long wobble) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = nanos + (i % 2 == 0 ? wobble : -wobble) * (i % 5);
        }
        return out;
    }

    private static RouteStatus callsPerSecond(long calls) {
        RouteStatus.CallTimes none = new RouteStatus.CallTimes(0, 0, new long[0], 0);
        return new RouteStatus("m", "observe", null, true, calls, 0, 0, 1_000_000_000L, 0, 0, true, 0, 0, 0, 0, List.of(), null,
            none, none, 1, 0, null, 0, false, 0);
    }

    @Test
    void amdahlFromTheShareAndTheMeasuredKernelSpeedup() {
        Advice a = Advisor.advise(candidate(60, List.of()), verified(10, 10_000_000, 2_000_000, 100), callsPerSecond(10));
        assertEquals(Advice.Verdict.MIGRATE, a.verdict());
        assertTrue(a.strongly(), "above half the CPU");
        assertEquals(1 / (0.4 + 0.6 / 5), a.predictedSpeedup(), 1e-9);
        assertNull(a.boundaryWarning());
    }

    @Test
    void strongOnlyWhenTheGainIsLargeAndItsLowEndClearlyAboveOne() {
        // 60% of the profile, kernel 1.6x: predicted 1.29x, a migration but not a strong one
        Advice modest = Advisor.advise(candidate(60, List.of()), verified(10, 16_000_000, 10_000_000, 100), callsPerSecond(10));
        assertEquals(Advice.Verdict.MIGRATE, modest.verdict());
        assertFalse(modest.strongly(), modest.headline());
        assertTrue(modest.headline().startsWith("MIGRATE  ·  predicted whole run 1.29x (95% interval 1.29x-1.29x)"),
            modest.headline());
    }

    @Test
    void anIntervalThatSpansOneIsNoVerdictEitherWay() {
        long[] java = new long[30];
        long[] kernel = new long[30];
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 30; i++) {
            java[i] = 10_000_000 + random.nextInt(2_000_000);
            kernel[i] = 10_000_000 + random.nextInt(2_000_000);
        }
        Advice a = Advisor.advise(candidate(80, List.of()), measured(10, java, kernel, 100), callsPerSecond(10));
        assertEquals(Advice.Verdict.NO_MEASURABLE_DIFFERENCE, a.verdict());
        assertFalse(a.strongly());
        assertTrue(a.reasons().get(0).contains("no measurable difference"), a.reasons().toString());
    }

    @Test
    void withoutTheABMeasurementThereIsNoVerdict() {
        Verification unmeasured = new Verification("m", "k", "{}", "exact", 3, 3, true, 100, null,
            ABMeasurement.none("the captured calls have no receiver to replay the Java method on"));
        Advice a = Advisor.advise(candidate(80, List.of()), unmeasured, callsPerSecond(10));
        assertEquals(Advice.Verdict.NOT_MEASURED, a.verdict());
        assertTrue(a.reasons().get(0).endsWith("no receiver to replay the Java method on"), a.reasons().toString());
        assertTrue(Double.isNaN(a.predictedSpeedup()));
    }

    @Test
    void theAgentsTimersGiveTheShareOfTheCallersTimeWhenTheyHaveIt() {
        // 11 calls of 60 ms, one every 100 ms: the first ten fill 600 ms of the 1 s from the first call to the last
        RouteStatus timed = new RouteStatus("m", "observe", null, true, 11, 0, 0, 2_000_000_000L, 0, 0, true, 0, 0, 0, 0,
            List.of(), null, new RouteStatus.CallTimes(11, 660_000_000L, new long[0], 660_000_000L),
            RouteStatus.CallTimes.none(), 1, 1_000_000_000L, null, 0, false, 0);
        assertEquals(0.6, timed.threadShare(), 1e-9);
        Advice a = Advisor.advise(candidate(30, List.of()), verified(10, 10_000_000, 2_000_000, 100), timed);
        assertEquals(1 / (0.4 + 0.6 / 5), a.predictedSpeedup(), 1e-9, "the timers' 60%, not the profile's 30%");
        assertTrue(a.reasons().get(0).contains("60.0% of its callers' time (agent timers; 30.0% of the CPU profile)"),
            a.reasons().toString());
    }

    @Test
    void aSmallShareIsNotWorthIt() {
        Advice a = Advisor.advise(candidate(2, List.of()), verified(10, 10_000_000, 1_000_000, 100), callsPerSecond(10));
        assertEquals(Advice.Verdict.NOT_WORTH_IT, a.verdict());
        assertTrue(a.reasons().get(0).contains("predicts only"), a.reasons().toString());
    }

    @Test
    void tinyCallsWarnAboutTheBoundary() {
        // 2.1M calls/s of 200 ns each in Java, 80 ns per crossing
        Advice a = Advisor.advise(candidate(40, List.of()), verified(1000, 200, 100, 80), callsPerSecond(2_100_000));
        assertNotNull(a.boundaryWarning());
        assertTrue(a.boundaryWarning().startsWith("called 2.1M times/s, each crossing costs ~80 ns"), a.boundaryWarning());
        assertTrue(a.boundaryWarning().endsWith("batch the data"));
    }

    @Test
    void aMismatchOrABlockerIsUnsafe() {
        Verification wrong = new Verification("m", "k", "{}", "exact", 5, 4, false, 1,
            new Verification.Mismatch(2, "[7]{\"苹果\"}: (missing) vs 3", "[7] \"苹果 3\"", "{}", "{苹果=3}"),
            ABMeasurement.none("the kernel did not pass verification"));
        Advice a = Advisor.advise(candidate(80, List.of()), wrong, callsPerSecond(1));
        assertEquals(Advice.Verdict.UNSAFE, a.verdict());
        assertFalse(a.strongly());
        assertTrue(a.reasons().get(0).contains("captured call 2"), a.reasons().toString());
        Advice blocked = Advisor.advise(candidate(80, List.of("mutates shared state: writes field x")), null, null);
        assertEquals(Advice.Verdict.UNSAFE, blocked.verdict());
        assertTrue(Double.isNaN(blocked.predictedSpeedup()));
    }
}
