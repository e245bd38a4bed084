package org.oxidizer.gui.hotspots;

import java.util.List;
import org.oxidizer.core.profile.ApplicationMethods;
import org.oxidizer.core.profile.CallTree;
import org.oxidizer.core.profile.CategoryBreakdown;
import org.oxidizer.core.profile.CategoryRules;
import org.oxidizer.core.profile.HotMethodRow;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.profile.ThreadViews;
import org.oxidizer.gui.flame.ProfileFlame;

/** Everything the Hotspots step shows about one profile, computed together off the FX thread. */
public record HotspotsAnalysis(ApplicationMethods.Attribution application, List<HotMethodRow> allFrames,
                               CategoryBreakdown categories, ProfileFlame flame) {

    public static HotspotsAnalysis of(Profile profile) {
        CategoryRules rules = CategoryRules.defaults();
        return new HotspotsAnalysis(ApplicationMethods.of(profile, rules), ApplicationMethods.allFrames(profile, rules),
            CategoryBreakdown.of(profile, rules), new ProfileFlame(CallTree.of(ThreadViews.withoutThreads(profile))));
    }
}
