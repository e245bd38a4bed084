package org.oxidizer.kernels.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultDifferenceTest {

    private static Optional<String> exact(Object java, Object kernel) {
        return ResultDifference.first(java, kernel, Tolerance.exact());
    }

    @Test
    void namesTheFirstDifferenceByItsPath() {
        Object java = List.of(Map.of("a", 1), Map.of("alpha", 12, "beta", 1));
        Object kernel = List.of(Map.of("a", 1), Map.of("alpha", 13, "beta", 1));
        assertEquals(Optional.of("[1]{\"alpha\"}: 12 vs 13"), exact(java, kernel));
        assertEquals(Optional.of("[0]{\"b\"}: (missing) vs 2"), exact(List.of(Map.of("a", 1)), List.of(Map.of("a", 1, "b", 2))));
        assertEquals(Optional.of("size 2 vs 1"), exact(List.of(1, 2), List.of(1)));
        assertEquals(Optional.empty(), exact(List.of(Map.of("x", 1)), List.of(Map.of("x", 1))));
    }

    @Test
    void exactMeansTheSameBits() {
        assertFalse(exact(0.1 + 0.2, 0.3).isEmpty());
        assertFalse(exact(0.0, -0.0).isEmpty(), "-0.0 is not 0.0 when exact");
        assertTrue(exact(Double.NaN, 0.0 / 0.0).isEmpty(), "any NaN is NaN");
        assertEquals(Optional.of("[1]: 2.0 vs 2.5"), exact(new double[] {1, 2}, new double[] {1, 2.5}));
    }

    @Test
    void ulpToleranceAcceptsNeighboursButNotInfinityOrNaN() {
        Tolerance t = Tolerance.ulps(4, 0, "summation order");
        assertTrue(t.accepts(1.0, Math.nextUp(Math.nextUp(1.0))));
        assertFalse(t.accepts(1.0, 1.0 + 1e-12));
        assertFalse(t.accepts(Double.POSITIVE_INFINITY, Double.MAX_VALUE));
        assertFalse(t.accepts(1.0, Double.NaN));
        assertTrue(t.accepts(-0.0, 0.0), "adjacent across zero");
        assertTrue(Tolerance.ulps(0, 1e-9, "cancellation").accepts(1e-17, -1e-17));
    }

    @Test
    void stringsShowWhereTheyPart() {
        String d = exact("hello world", "hello word").orElseThrow();
        assertTrue(d.startsWith("strings differ at char 9"), d);
    }
}
