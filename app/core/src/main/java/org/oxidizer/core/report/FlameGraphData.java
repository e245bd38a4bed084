package org.oxidizer.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.oxidizer.core.profile.ProfileDiff.DiffNode;

/**
 * The merged before/after call tree as compact JSON for the page's flame graph: each node is
 * {@code [frame, beforePercent, afterPercent, [children]]}. Paths too thin to see on either side are left out,
 * so a profile with a million stacks still makes a page a browser opens quickly.
 */
final class FlameGraphData {

    /** A path below this share on both sides (percent of samples) is under a pixel wide: not drawn. */
    static final double MIN_PERCENT = 0.05;
    /** Hard cap on nodes, whatever the profile: the page must stay small enough to send around. */
    static final int MAX_NODES = 20_000;

    private FlameGraphData() {
    }

    /** JSON ready to sit inside a {@code <script>} element: no {@code </script>}, no U+2028/2029 surprises. */
    static String scriptJson(DiffNode root) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            int[] budget = {MAX_NODES};
            write(json, root, budget);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Html.scriptSafe(out.toString());
    }

    private static void write(JsonGenerator json, DiffNode node, int[] budget) throws IOException {
        budget[0]--;
        json.writeStartArray();
        json.writeString(node.frame());
        json.writeNumber(round(node.beforeTotal()));
        json.writeNumber(round(node.afterTotal()));
        json.writeStartArray();
        for (DiffNode child : node.children()) {
            if (Math.max(child.beforeTotal(), child.afterTotal()) < MIN_PERCENT || budget[0] <= 0) {
                continue;
            }
            write(json, child, budget);
        }
        json.writeEndArray();
        json.writeEndArray();
    }

    private static double round(double percent) {
        return Math.round(percent * 1000) / 1000.0;
    }
}
