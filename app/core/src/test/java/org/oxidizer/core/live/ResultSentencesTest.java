package org.oxidizer.core.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oxidizer.core.advice.Advice;
import org.oxidizer.core.match.JavaFrame;
import org.oxidizer.core.stats.ABMeasurement;
import org.oxidizer.core.stats.SpeedRatio;

/** Results say themselves: the CLI and the GUI print these words, so they are written (and tested) once. */
class ResultSentencesTest {

    private static final String KEY = "org.oxidizer.samples.textagg.TextAggregation.extractAndAggregate(Ljava/util/List;)Ljava/util/List;";

    private static Verification verification(boolean passed) {
        return new Verification(KEY, "extract_and_aggregate", "{}", "exact: the same bits as Java", 50, passed ? 50 : 49,
            passed, 85, passed ? null : new Verification.Mismatch(7, "[3].key '数据'", "[\"数据 12\"]", "[{}]", "[{数据=12}]"),
            passed ? new ABMeasurement(new long[] {16_200_000, 16_400_000, 16_250_000, 16_300_000, 16_350_000, 16_280_000},
                new long[] {4_050_000, 4_100_000, 4_060_000, 4_080_000, 4_090_000, 4_070_000}, 4, true, 2, 1_000_000_000L,
                950_000_000L, null) : ABMeasurement.none("the kernel did not pass verification"));
    }

    @Test
    void aVerificationSaysHowManyCallsAgreedAndHowFastTheKernelWas() {
        assertEquals("50 of 50 captured calls identical (exact: the same bits as Java)", verification(true).summary());
        assertEquals("49 of 50 captured calls identical (exact: the same bits as Java): the kernel differs from Java",
            verification(false).summary());
        assertEquals("A/B on the captured calls, 6 pairs after 4 warm-up passes, 950.0 ms in all: Java 16.3 ms, kernel 4.1 ms"
            + " per call (medians): 4.00x (95% interval 4.00x-4.00x, 6 pairs); one crossing ~85 ns", verification(true).timing());
        assertEquals("no A/B measurement: the kernel did not pass verification", verification(false).measurement().describe());
    }

    @Test
    void saysWhenTheCaptureGotFewerCallsThanAskedForWithTheAgentsBudget() {
        assertEquals("", verification(true).shortfall(50, 60));
        assertEquals("50 of the 80 calls asked for: the capture keeps at most 64.0 MiB of arguments and answers, or the"
            + " method ran less often within 60 s", verification(true).shortfall(80, 60));
    }

    @Test
    void anUnsafeKernelGetsNoPredictedGainAndAStrongVerdictSaysSo() {
        SpeedRatio ratio = new SpeedRatio(4.3, 4.1, 4.5, 60, 1e-9);
        Advice unsafe = new Advice(Advice.Verdict.UNSAFE, false, 2.1, 2.0, 2.2, ratio, 14, 85, 0.01, null, List.of("it differs"));
        assertEquals("UNSAFE", unsafe.headline());
        assertEquals("unsafe", unsafe.verdictWords());
        Advice migrate = new Advice(Advice.Verdict.MIGRATE, true, 2.1, 2.0, 2.2, ratio, 14, 85, 0.01, null, List.of("fast"));
        assertEquals("MIGRATE, strongly recommended  ·  predicted whole run 2.10x (95% interval 2.00x-2.20x)", migrate.headline());
        assertEquals("migrate, strongly", migrate.verdictWords());
    }

    private static RouteStatus.CallTimes none() {
        return new RouteStatus.CallTimes(0, 0, new long[0], 0);
    }

    @Test
    void theGainInPlaceComparesTheLatestJavaCallsWithTheLatestKernelCalls() {
        long[] java = new long[20];
        long[] kernel = new long[20];
        for (int i = 0; i < 20; i++) {
            java[i] = 32_000_000 + 100_000L * i;
            kernel[i] = 16_000_000 + 50_000L * i;
        }
        RouteStatus swapped = new RouteStatus(KEY, "swapped", "k", true, 1200, 1000, 0, 1, 0, 0, true, 0, 0, 0, 0, List.of(),
            null, new RouteStatus.CallTimes(200, 0, java, 0), new RouteStatus.CallTimes(1000, 0, kernel, 0), 1, 0, null, 0, false, 0);
        assertEquals(2.0, swapped.inPlace().estimate(), 0.01);
        assertTrue(swapped.inPlaceSummary().startsWith("in place: Java 33.0 ms per call (median of 20 latest), kernel 16.5 ms"
            + " (median of 20 latest): 2.00x (95% interval "), swapped.inPlaceSummary());
        RouteStatus observed = new RouteStatus(KEY, "observe", null, true, 5, 0, 0, 1, 0, 0, true, 0, 0, 0, 0, List.of(),
            null, new RouteStatus.CallTimes(5, 0, java, 0), none(), 1, 0, null, 0, false, 0);
        assertEquals("in place: no call served by the kernel yet", observed.inPlaceSummary());
    }

    @Test
    void shadowAndCanarySayWhatTheyDo() {
        assertEquals("shadow: the kernel runs beside Java on the next 200 calls; Java answers", LiveMigration.shadowStarted(200));
        assertEquals("canary: the kernel serves 10% of the calls, spread evenly", LiveMigration.canaryStarted(10));
        RouteStatus shadowed = new RouteStatus(KEY, "shadow", "k", true, 1200, 0, 0, 1, 0, 0, true, 0, 0, 1200, 3,
            List.of("[4].value: Java 12, kernel 13"), null, none(), none(), 1, 0, null, 0, false, 0);
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
