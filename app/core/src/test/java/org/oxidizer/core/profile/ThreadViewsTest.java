package org.oxidizer.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadViewsTest {

    @Test
    void filtersAndMergesThreads() throws Exception {
        Profile p = new CollapsedStacksImporter().read("t", new BufferedReader(new StringReader(
            "[main tid=10];main;work 60\n[worker-1 tid=11];run;work 30\n[worker-2 tid=12];run;work 10\n")));
        assertEquals(List.of(new ThreadViews.ThreadShare("[main tid=10]", 60), new ThreadViews.ThreadShare("[worker-1 tid=11]", 30),
            new ThreadViews.ThreadShare("[worker-2 tid=12]", 10)), ThreadViews.threads(p));
        Profile workers = ThreadViews.forThread(p, "worker");
        assertEquals(40, workers.totalSamples());
        assertEquals(1, workers.stacks().size(), "the two workers' identical stacks merge");
        assertEquals(List.of("run", "work"), workers.frames());
        Profile all = ThreadViews.withoutThreads(p);
        assertEquals(100, all.totalSamples());
        assertEquals(2, all.stacks().size());
    }
}
