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

class AdvisorTest {

    private static MigrationCandidate candidate(double totalPercent, List<String> reasons) {
        List<KernelMatch> kernels = reasons.isEmpty()
            ? List.of(new KernelMatch("k", "a kernel", "shape", Map.of(), true, "")) : List.of();
        MethodAnalysis method = new MethodAnalysis("com.acme.T", "hot", "([D)D", JavaSignature.ofClassFile("([D)D"), false,
            true, List.of(), List.of());
        return new MigrationCandidate("com.acme.T.hot", totalPercent / 2, totalPercent, method, kernels, reasons);
    }

    private static Verification verified(int calls, long javaNanos, long kernelNanos, long crossingNanos) {
        return new Verification("com.acme.T.hot()V", "k", "{}", "exact", calls, calls, true, javaNanos, kernelNanos,
            crossingNanos, null);
    }

    private static RouteStatus callsPerSecond(long calls) {
        return new RouteStatus("m", "observe", null, true, calls, 0, 0, 1_000_000_000L, 0, 0, true, 0, 0, 0, 0, List.of(), null);
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
    void aSmallShareIsNotWorthIt() {
        Advice a = Advisor.advise(candidate(2, List.of()), verified(10, 10_000_000, 1_000_000, 100), callsPerSecond(10));
        assertEquals(Advice.Verdict.NOT_WORTH_IT, a.verdict());
        assertTrue(a.reasons().get(0).contains("predicts only"), a.reasons().toString());
    }

    @Test
    void tinyCallsWarnAboutTheBoundary() {
        // 2.1M calls/s of 200 ns each in Java, 80 ns per crossing
        Advice a = Advisor.advise(candidate(40, List.of()), verified(1000, 200_000, 100_000, 80), callsPerSecond(2_100_000));
        assertNotNull(a.boundaryWarning());
        assertTrue(a.boundaryWarning().startsWith("called 2.1M times/s, each crossing costs ~80 ns"), a.boundaryWarning());
        assertTrue(a.boundaryWarning().endsWith("batch the data"));
    }

    @Test
    void aMismatchOrABlockerIsUnsafe() {
        Verification wrong = new Verification("m", "k", "{}", "exact", 5, 4, false, 1, 1, 1,
            new Verification.Mismatch(2, "[7]{\"苹果\"}: (missing) vs 3", "[7] \"苹果 3\"", "{}", "{苹果=3}"));
        Advice a = Advisor.advise(candidate(80, List.of()), wrong, callsPerSecond(1));
        assertEquals(Advice.Verdict.UNSAFE, a.verdict());
        assertFalse(a.strongly());
        assertTrue(a.reasons().get(0).contains("captured call 2"), a.reasons().toString());
        Advice blocked = Advisor.advise(candidate(80, List.of("mutates shared state: writes field x")), null, null);
        assertEquals(Advice.Verdict.UNSAFE, blocked.verdict());
        assertTrue(Double.isNaN(blocked.predictedSpeedup()));
    }
}
