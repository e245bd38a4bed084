package org.oxidizer.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileDiffTest {

    private static Profile read(String text) throws Exception {
        return new CollapsedStacksImporter().read("t", new BufferedReader(new StringReader(text)));
    }

    @Test
    void sharesMoveAndKernelFramesAppear() throws Exception {
        Profile before = read("[main tid=1];main;extract;regex 80\n[main tid=1];main;json 20\n");
        Profile after = read("[main tid=1];main;extract;kernel 10\n[main tid=1];main;json 10\n");
        List<ProfileDiff.FrameDelta> deltas = ProfileDiff.frames(before, after);
        ProfileDiff.FrameDelta regex = deltas.stream().filter(d -> d.frame().equals("regex")).findFirst().orElseThrow();
        assertEquals(-80.0, regex.totalDelta(), 1e-9);
        ProfileDiff.FrameDelta kernel = deltas.stream().filter(d -> d.frame().equals("kernel")).findFirst().orElseThrow();
        assertEquals(0.0, kernel.beforeTotal(), 1e-9);
        assertEquals(50.0, kernel.afterTotal(), 1e-9);
        assertEquals("regex", deltas.get(0).frame(), "the biggest mover first");

        ProfileDiff.DiffNode root = ProfileDiff.tree(before, after);
        ProfileDiff.DiffNode main = root.children().get(0);
        assertEquals("main", main.frame(), "thread roots merged away");
        ProfileDiff.DiffNode extract = main.children().get(0);
        assertEquals(List.of("regex", "kernel"), extract.children().stream().map(ProfileDiff.DiffNode::frame).toList());
        assertEquals(80.0, extract.children().get(0).beforeTotal(), 1e-9);
        assertEquals(0.0, extract.children().get(0).afterTotal(), 1e-9);
        assertEquals(50.0, main.children().get(1).afterTotal(), 1e-9);
    }
}
