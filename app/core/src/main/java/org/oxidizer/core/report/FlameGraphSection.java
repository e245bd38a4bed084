package org.oxidizer.core.report;

import java.io.IOException;
import java.io.Writer;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.profile.ProfileDiff;

/**
 * The HTML report's differential flame graph: controls, an empty SVG the inline script fills from the
 * embedded tree (search with the share of matches, click to zoom, reset), a legend, and a note for readers
 * without scripts.
 */
final class FlameGraphSection {

    private FlameGraphSection() {
    }

    static void write(Writer out, Profile before, Profile after) throws IOException {
        out.write("<h2 id='flame'>Differential flame graph</h2>");
        out.write("<p class='note'>Both runs' call trees merged: a frame's width is its share of samples (by default the"
            + " mean of both runs), its color the change: <span class='swatch' style='background:rgb(226,96,84)'></span>grew"
            + "<span class='swatch' style='background:rgb(84,140,206)'></span>shrank"
            + "<span class='swatch' style='background:rgb(226,96,84);border-top:3px solid #7a1209'></span>"
            + "new (only after; marked where it starts)<span class='swatch' style='background:#c03fc4'></span>search match. Click a frame to zoom,"
            + " Esc or Reset to go back.</p>");
        out.write("<div class='fg-bar'><input type='search' id='fg-search' placeholder='search frames, e.g. regex'"
            + " aria-label='search frames'><span id='fg-matches'></span><label>width: <select id='fg-width'>"
            + "<option value='both'>mean of both runs</option><option value='before'>before</option>"
            + "<option value='after'>after</option></select></label><button type='button' id='fg-reset'>Reset</button></div>");
        out.write("<div id='fg'><svg id='fg-svg' xmlns='http://www.w3.org/2000/svg' role='img' aria-label='differential flame graph'>"
            + "<g id='fg-frames'></g></svg>"
            + "<noscript><p class='note'>The flame graph is drawn by the page's own inline script; enable scripts to see it."
            + "</p></noscript></div><div id='fg-details'>Hover a frame for its shares before and after.</div>");
        out.write("<script type='application/json' id='fg-data'>");
        out.write(FlameGraphData.scriptJson(ProfileDiff.tree(before, after)));
        out.write("</script><script>");
        out.write(HtmlAssets.text("flamegraph.js"));
        out.write("</script>");
    }
}
