package org.oxidizer.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AgentOptionsTest {

    @Test
    void parsesProfilingAndRepeatedSwaps() {
        AgentOptions o = AgentOptions.parse("event=wall,interval=5ms,collapsed=/tmp/p,status=/tmp/s,"
            + "swap=org.acme.A#f@k1,swap=org.acme.B#g@k2");
        assertEquals("wall", o.event());
        assertEquals("5ms", o.interval());
        assertEquals("/tmp/p", o.collapsedFile());
        assertEquals("/tmp/s", o.statusFile());
        assertEquals(2, o.swaps().size());
        SwapSpec b = o.swaps().get(1);
        assertEquals("org.acme.B", b.className());
        assertEquals("g", b.methodName());
        assertEquals("k2", b.kernelId());
        assertEquals("org.acme.B.g(Ljava/util/List;)V", b.methodKey("(Ljava/util/List;)V"));
    }

    @Test
    void aProfileFileWithoutAnEventMeansCpu() {
        assertEquals("cpu", AgentOptions.parse("collapsed=/tmp/p").event());
        assertNull(AgentOptions.parse("").event());
        assertNull(AgentOptions.parse(null).event());
    }

    @Test
    void badOptionsAreNamed() {
        assertEquals("unknown agent option 'evnt'",
            assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("evnt=cpu")).getMessage());
        assertEquals("swap 'org.acme.A#f' is not Class#method@kernel",
            assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("swap=org.acme.A#f")).getMessage());
    }
}
