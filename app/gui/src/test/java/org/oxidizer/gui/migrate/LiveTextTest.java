package org.oxidizer.gui.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.oxidizer.core.migrate.Advisor;

class LiveTextTest {

    @Test
    void namesMethodsWithoutPackageOrDescriptor() {
        assertEquals("TextAggregation.extractAndAggregate", CandidateRow.shortName(FakeLiveSession.KEY));
        assertEquals("Outer$Inner.run", CandidateRow.shortName("com.acme.Outer$Inner.run"));
        assertEquals("main", CandidateRow.shortName("main"));
    }

    @Test
    void anUnsafeKernelGetsNoPredictedGain() {
        String unsafe = LiveText.advice(Advisor.advise(FakeLiveSession.headline(), FakeLiveSession.verification(false), null));
        assertEquals("UNSAFE", unsafe);
        String migrate = LiveText.advice(Advisor.advise(FakeLiveSession.headline(), FakeLiveSession.verification(true), null));
        assertTrue(migrate.startsWith("MIGRATE, strongly recommended  ·  predicted whole run 2.1"), migrate);
    }

    @Test
    void saysWhenTheCaptureGotFewerCallsThanAskedFor() {
        assertEquals("", LiveText.shortfall(FakeLiveSession.verification(true), 50, 60));
        assertFalse(LiveText.shortfall(FakeLiveSession.verification(true), 80, 60).isEmpty());
        assertEquals("50 of 50 captured calls identical (exact: the same bits as Java)",
            LiveText.verification(FakeLiveSession.verification(true)));
    }
}
