package org.oxidizer.gui.flame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.oxidizer.core.profile.CallTree;
import org.oxidizer.core.profile.ProfileDiff;
import org.oxidizer.core.profile.ThreadViews;
import org.oxidizer.gui.Fixtures;

class FlameDataTest {

    private static boolean[] matching(FlameData data, String fragment) {
        boolean[] m = new boolean[data.labelCount()];
        for (int l = 0; l < m.length; l++) {
            m[l] = data.labelName(l).contains(fragment);
        }
        return m;
    }

    @Test
    void searchShareCountsNestedMatchesOnce() {
        ProfileFlame flame = new ProfileFlame(CallTree.of(ThreadViews.withoutThreads(Fixtures.before())));
        assertEquals(70, flame.matchedWeight(matching(flame, "extractAndAggregate")), 1e-9);
        assertEquals(80, flame.matchedWeight(matching(flame, "textagg")), 1e-9, "main contains the others");
        assertEquals(100, flame.weight(flame.root()), 1e-9);
    }

    @Test
    void differentialTreeShowsWhatAppearedAndWhatWent() {
        DiffFlame diff = new DiffFlame(ProfileDiff.tree(Fixtures.before(), Fixtures.after()));
        int kernel = -1;
        int regex = -1;
        for (int n = 0; n < 64 && n < diff.labelCount() * 4; n++) {
            try {
                String name = diff.labelName(diff.label(n));
                if (name.startsWith("oxidizer_kernels")) {
                    kernel = n;
                } else if (name.equals("java.util.regex.Matcher.find")) {
                    regex = n;
                }
            } catch (IndexOutOfBoundsException e) {
                break;
            }
        }
        assertEquals(0, diff.before(kernel), 1e-9);
        assertEquals(50, diff.after(kernel), 1e-9);
        assertEquals(-50, diff.delta(regex), 1e-9);
        assertEquals(25, diff.weight(kernel), 1e-9, "width is the mean of both shares");
    }

    @Test
    void shortNamesKeepClassAndMethod() {
        assertEquals("TextAggregation.extractAndAggregate", FlameCanvas.shortName(Fixtures.HOT));
        assertEquals("G1ParScanThreadState::trim_queue_to_threshold",
            FlameCanvas.shortName("G1ParScanThreadState::trim_queue_to_threshold"));
    }
}
