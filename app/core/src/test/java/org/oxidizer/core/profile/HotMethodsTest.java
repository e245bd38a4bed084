package org.oxidizer.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class HotMethodsTest {

    @Test
    void selfAndTotalShares() throws Exception {
        Profile p = new CollapsedStacksImporter().read("t", new BufferedReader(new StringReader(
            "main;parse;regex 60\nmain;parse 10\nmain;write 20\nmain;parse;parse;regex 10\n")));
        List<Hotspot> bySelf = HotMethods.bySelf(p);
        assertEquals("regex", bySelf.get(0).frame());
        assertEquals(70.0, bySelf.get(0).selfPercent(), 1e-9);
        Hotspot parse = HotMethods.byTotal(p).stream().filter(h -> h.frame().equals("parse")).findFirst().orElseThrow();
        assertEquals(10, parse.selfSamples());
        assertEquals(80, parse.totalSamples(), "recursion counts once per stack");
        assertEquals(80.0, parse.totalPercent(), 1e-9);
        assertEquals("main", HotMethods.byTotal(p).get(0).frame());
        assertEquals(3, HotMethods.topBySelf(p, 3).size());
    }
}
