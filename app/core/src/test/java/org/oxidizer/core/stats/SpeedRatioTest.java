package org.oxidizer.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpeedRatioTest {

    @Test
    void pairsThatAllSayFiveTimesGiveFiveWithATightInterval() {
        long[] java = new long[20];
        long[] kernel = new long[20];
        for (int i = 0; i < 20; i++) {
            java[i] = 10_000_000 + 5_000L * i;
            kernel[i] = 2_000_000 + 1_000L * i;
        }
        SpeedRatio r = SpeedRatio.paired(java, kernel);
        assertEquals(5.0, r.estimate(), 1e-9);
        assertEquals(5.0, r.low(), 1e-9);
        assertEquals(5.0, r.high(), 1e-9);
        assertTrue(r.measurable());
        assertTrue(r.pValue() < 0.001, "p " + r.pValue());
        assertEquals("5.00x (95% interval 5.00x-5.00x, 20 pairs)", r.describe("pairs"));
    }

    @Test
    void noiseAroundOneIsNoMeasurableDifference() {
        long[] java = new long[40];
        long[] kernel = new long[40];
        Random random = new Random(7);
        for (int i = 0; i < 40; i++) {
            java[i] = 1_000_000 + random.nextInt(200_000);
            kernel[i] = 1_000_000 + random.nextInt(200_000);
        }
        SpeedRatio r = SpeedRatio.paired(java, kernel);
        assertTrue(r.low() < 1 && r.high() > 1, r.toString());
        assertFalse(r.measurable());
        assertTrue(r.describe("pairs").startsWith("no measurable difference ("), r.describe("pairs"));
    }

    @Test
    void fivePairsAreTooFewForA95PercentInterval() {
        SpeedRatio r = SpeedRatio.paired(new long[] {10, 11, 12, 13, 14}, new long[] {5, 5, 6, 6, 7});
        assertTrue(r.measured());
        assertFalse(r.hasInterval());
        assertEquals("2.08x on 5 pairs, too few for an interval", r.describe("pairs"));
    }

    @Test
    void signedRankDepthsMatchTheTables() {
        // two-sided 95%: n = 6 -> critical value 0, n = 10 -> 8, n = 20 -> 52 (published tables); depth is one more
        assertEquals(0, SpeedRatio.signedRankDepth(5));
        assertEquals(1, SpeedRatio.signedRankDepth(6));
        assertEquals(9, SpeedRatio.signedRankDepth(10));
        assertEquals(53, SpeedRatio.signedRankDepth(20));
        // the normal approximation above 50 pairs joins the exact distribution smoothly
        int exact50 = SpeedRatio.signedRankDepth(50);
        double mean = 50 * 51 / 4.0;
        double sd = Math.sqrt(50 * 51 * 101 / 24.0);
        assertEquals(mean - 1.959964 * sd, exact50, 2.0);
    }

    @Test
    void independentCallsBeforeAndAfterGiveTheirRatio() {
        long[] before = new long[100];
        long[] after = new long[80];
        Random random = new Random(11);
        for (int i = 0; i < before.length; i++) {
            before[i] = 30_000_000 + random.nextInt(3_000_000);
        }
        for (int i = 0; i < after.length; i++) {
            after[i] = 15_000_000 + random.nextInt(1_500_000);
        }
        SpeedRatio r = SpeedRatio.independent(before, after);
        assertEquals(2.0, r.estimate(), 0.05);
        assertTrue(r.low() > 1.9 && r.high() < 2.1, r.toString());
        assertEquals(80, r.count());
    }
}
