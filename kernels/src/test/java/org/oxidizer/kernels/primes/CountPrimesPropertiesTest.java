package org.oxidizer.kernels.primes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The kernel's count equals Java's trial division for random limits, segment edges included. */
class CountPrimesPropertiesTest {

    @Property(tries = 80)
    void equalsReferenceForRandomLimits(@ForAll @IntRange(min = -1_000, max = 200_000) int limit) {
        assertEquals(CountPrimesReference.countPrimes(limit), CountPrimesKernel.countPrimes(limit), "limit " + limit);
    }

    /** The sieve works in segments of 2^18 numbers; limits just around their edges are where it could slip. */
    @Property(tries = 12)
    void equalsReferenceAroundSegmentEdges(@ForAll @IntRange(min = 1, max = 2) int segments,
            @ForAll @IntRange(min = -40, max = 40) int offset) {
        int limit = segments * (1 << 18) + offset;
        assertEquals(CountPrimesReference.countPrimes(limit), CountPrimesKernel.countPrimes(limit), "limit " + limit);
    }
}
