package org.oxidizer.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallTreeTest {

    @Test
    void buildsSelfAndTotalPerPath() throws Exception {
        Profile p = new CollapsedStacksImporter().read("t", new BufferedReader(new StringReader(
            "main;parse;regex 60\nmain;parse 10\nmain;write 20\nmain;write;regex 10\n")));
        CallTree tree = CallTree.of(p);
        assertEquals(100, tree.total(CallTree.ROOT));
        int main = tree.children(CallTree.ROOT)[0];
        assertEquals("main", tree.name(main));
        assertEquals(100, tree.total(main));
        int[] kids = tree.children(main);
        assertEquals(List.of("parse", "write"), List.of(tree.name(kids[0]), tree.name(kids[1])), "hottest first");
        assertEquals(70, tree.total(kids[0]));
        assertEquals(10, tree.self(kids[0]));
        int regexUnderWrite = tree.children(kids[1])[0];
        assertEquals(List.of("main", "write", "regex"), tree.path(regexUnderWrite));
        assertEquals(3, tree.depth(regexUnderWrite));
        assertEquals(6, tree.size(), "root + main, parse, regex, write, regex");
    }
}
