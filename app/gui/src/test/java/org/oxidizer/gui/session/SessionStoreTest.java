package org.oxidizer.gui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidizer.core.samples.BundledSamples;
import org.oxidizer.core.target.ProfileResult;
import org.oxidizer.core.target.Target;
import org.oxidizer.gui.Fixtures;
import org.oxidizer.gui.model.MigrationOutcome;

class SessionStoreTest {

    @TempDir
    Path dir;

    @Test
    void aSavedSessionReopensWithItsProfileAndComparison() throws Exception {
        SessionStore store = new SessionStore(dir);
        Target target = Target.sample(BundledSamples.headline(1000, 42, List.of("-Xmx1g")));
        ProfileResult profile = new ProfileResult(Fixtures.before(), "cpu", List.of(), List.of(), "exited with code 0");
        MigrationOutcome outcome = new MigrationOutcome(Fixtures.comparison(), null, dir, "./oxidizer demo");
        store.save(target, profile, outcome, List.of(dir.resolve("report.html")));

        SessionFile saved = store.load(store.sessions().get(0));
        assertEquals(target, saved.target());
        ProfileResult reread = SessionStore.readProfile(saved.profile());
        assertEquals(Fixtures.before().totalSamples(), reread.profile().totalSamples());
        assertEquals(2.0, saved.migration().comparison().speedup(), 1e-9);
        assertEquals(Fixtures.HOT + "(Ljava/util/List;)Ljava/util/List;",
            saved.migration().comparison().after().get(0).agent().swaps().get(0).method());
        assertEquals(List.of(target), store.recentTargets(5));
    }
}
