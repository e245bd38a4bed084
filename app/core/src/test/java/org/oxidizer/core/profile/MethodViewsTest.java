package org.oxidizer.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodViewsTest {

    static Profile profile() throws Exception {
        return new CollapsedStacksImporter().read("t", new BufferedReader(new StringReader(String.join("\n",
            "[main tid=1];main;load;parse;scan 40",
            "[main tid=1];main;load;parse 10",
            "[worker tid=2];run;handle;parse;scan 30",
            "[worker tid=2];run;handle;parse;parse;alloc 5",
            "[worker tid=2];run;idle 15"))));
    }

    /** Each stack of a view as "a;b;c count", sorted. */
    static List<String> stacks(Profile view) {
        List<String> lines = new ArrayList<>();
        for (int s = 0; s < view.stacks().size(); s++) {
            List<String> names = new ArrayList<>();
            for (int f : view.stacks().get(s)) {
                names.add(view.frame(f));
            }
            lines.add(String.join(";", names) + " " + view.counts()[s]);
        }
        lines.sort(null);
        return lines;
    }

    @Test
    void backTracesStartAtTheMethodAndClimbToTheRootsWithoutThreads() throws Exception {
        Profile callers = MethodViews.callers(profile(), "parse");
        assertEquals(List.of("parse;handle;run 35", "parse;load;main 50"), stacks(callers));
        assertEquals(85, callers.totalSamples(), "every sample the method is on, once, recursion included");
    }

    @Test
    void mergedCalleesStartAtTheMethodAndMergeEveryPlaceItIsCalledFrom() throws Exception {
        Profile callees = MethodViews.callees(profile(), "parse");
        assertEquals(List.of("parse 10", "parse;parse;alloc 5", "parse;scan 70"), stacks(callees));
        CallTree tree = CallTree.of(callees);
        int parse = tree.children(CallTree.ROOT)[0];
        assertEquals(85, tree.total(parse));
        assertEquals(10, tree.self(parse));
    }

    @Test
    void aMethodIsFoundByPartOfItsNameOrRefusedInOneSentence() throws Exception {
        Profile p = profile();
        assertEquals("handle", MethodViews.frame(p, "andl"));
        IllegalArgumentException several = assertThrows(IllegalArgumentException.class, () -> MethodViews.frame(p, "a"));
        assertTrue(several.getMessage().contains("frames contain 'a'"), several.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> MethodViews.frame(p, "nothing"));
        assertEquals("no frame of t contains 'nothing'", none.getMessage());
        assertEquals(0, MethodViews.callers(p, "absent").totalSamples());
    }
}
