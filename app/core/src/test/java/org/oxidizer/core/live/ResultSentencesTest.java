package org.oxidizer.core.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oxidizer.core.advice.Advice;
import org.oxidizer.core.match.JavaFrame;

/** Results say themselves: the CLI and the GUI print these words, so they are written (and tested) once. */
class ResultSentencesTest {

    private static final String KEY = "org.oxidizer.samples.textagg.TextAggregation.extractAndAggregate(Ljava/util/List;)Ljava/util/List;";

    private static Verification verification(boolean passed) {
        return new Verification(KEY, "extract_and_aggregate", "{}", "exact: the same bits as Java", 50, passed ? 50 : 49,
            passed, 812_400_000, 190_200_000, 85, passed ? null
            : new Verification.Mismatch(7, "[3].key '数据'", "[\"数据 12\"]", "[{}]", "[{数据=12}]"));
    }

    @Test
    void aVerificationSaysHowManyCallsAgreedAndHowFastTheKernelWas() {
        assertEquals("50 of 50 captured calls identical (exact: the same bits as Java)", verification(true).summary());
        assertEquals("49 of 50 captured calls identical (exact: the same bits as Java): the kernel differs from Java",
            verification(false).summary());
        assertEquals("Java 812.4 ms, kernel 190.2 ms on the same calls: 4.3x; one crossing ~85 ns", verification(true).timing());
    }

    @Test
    void saysWhenTheCaptureGotFewerCallsThanAskedForWithTheAgentsBudget() {
        assertEquals("", verification(true).shortfall(50, 60));
        assertEquals("50 of the 80 calls asked for: the capture keeps at most 64.0 MiB of arguments and answers, or the"
            + " method ran less often within 60 s", verification(true).shortfall(80, 60));
    }

    @Test
    void anUnsafeKernelGetsNoPredictedGainAndAStrongVerdictSaysSo() {
        Advice unsafe = new Advice(Advice.Verdict.UNSAFE, false, 2.1, 4.3, 14, 85, 0.01, null, List.of("it differs"));
        assertEquals("UNSAFE", unsafe.headline());
        assertEquals("unsafe", unsafe.verdictWords());
        Advice migrate = new Advice(Advice.Verdict.MIGRATE, true, 2.1, 4.3, 14, 85, 0.01, null, List.of("fast"));
        assertEquals("MIGRATE, strongly recommended  ·  predicted whole run 2.10x", migrate.headline());
        assertEquals("migrate, strongly", migrate.verdictWords());
    }

    @Test
    void shadowAndCanarySayWhatTheyDo() {
        assertEquals("shadow: the kernel runs beside Java on the next 200 calls; Java answers", LiveMigration.shadowStarted(200));
        assertEquals("canary: the kernel serves 10% of the calls, spread evenly", LiveMigration.canaryStarted(10));
        RouteStatus shadowed = new RouteStatus(KEY, "shadow", "k", true, 1200, 0, 0, 1, 0, 0, true, 0, 0, 1200, 3,
            List.of("[4].value: Java 12, kernel 13"), null);
        assertEquals("shadow: 1,200 live calls compared, 3 disagreed; first: [4].value: Java 12, kernel 13",
            shadowed.shadowSummary());
    }

    @Test
    void namesMethodsWithoutPackageOrDescriptor() {
        assertEquals("TextAggregation.extractAndAggregate", JavaFrame.shortName(KEY));
        assertEquals("Outer$Inner.run", JavaFrame.shortName("com.acme.Outer$Inner.run"));
        assertEquals("main", JavaFrame.shortName("main"));
        LiveMigration.SwapOutcome swapped = new LiveMigration.SwapOutcome(KEY, "extract_and_aggregate", false, 3_100_000, null);
        assertEquals("swapped: TextAggregation.extractAndAggregate → extract_and_aggregate; its first call was served 3.1 ms"
            + " after the swap", swapped.sentence(30));
        assertTrue(new LiveMigration.SwapOutcome(KEY, "k", true, -1, null).sentence(30)
            .startsWith("SWAPPED UNVERIFIED (forced): "));
    }
}
