package org.oxidizer.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.core.profile.ProfileDiff.DiffNode;

/** What the charts are drawn from stays small whatever the run's length, without losing what matters. */
class ChartDataTest {

    @Test
    void aLongSeriesIsThinnedButKeepsItsPeak() {
        List<ProcSample> samples = new ArrayList<>();
        for (int i = 0; i < 36_000; i++) {
            samples.add(new ProcSample(100L * i, i == 12_345 ? 9_000_000_000L : 1_000_000_000L, 0, 0, 10, 100));
        }
        XYSeries series = TimeSeriesChart.series("before", samples, ProcSample::rssBytes);
        assertTrue(series.getItemCount() <= TimeSeriesChart.MAX_POINTS, "points: " + series.getItemCount());
        assertEquals(9_000_000_000.0, series.getMaxY(), "one hour at 100 ms, and the one peak is still there");
        assertEquals(TimeSeriesChart.series("s", samples.subList(0, 50), ProcSample::rssBytes).getItemCount(), 50,
            "a short run keeps every sample");
    }

    @Test
    void flameDataLeavesOutPathsTooThinToSee() throws Exception {
        List<DiffNode> children = new ArrayList<>();
        children.add(new DiffNode("wide", 60, 10, List.of(new DiffNode("thin", 0.01, 0.02, List.of()))));
        children.add(new DiffNode("new", 0, 40, List.of()));
        JsonNode root = new ObjectMapper().readTree(FlameGraphData.scriptJson(new DiffNode("all", 100, 100, children)));
        assertEquals("all", root.get(0).asText());
        assertEquals(2, root.get(3).size());
        assertEquals(0, root.get(3).get(0).get(3).size(), "0.02% on both sides is under a pixel");
        assertEquals(0.0, root.get(3).get(1).get(1).asDouble(), "new frames keep their zero before");
    }
}
