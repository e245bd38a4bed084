package org.oxidizer.core.live;

import java.util.List;
import org.oxidizer.core.advice.Advice;
import org.oxidizer.core.match.MigrationCandidate;

/**
 * All one live migration found and did, for a report or a script: the candidates, the chosen method's
 * verification and advice, and after a swap what the swap delivered in place.
 *
 * @param chosen       null when no candidate could be replaced
 * @param verification null when nothing was verified
 * @param captured     the method's status when the capture was done (capture cost), or null
 * @param swap         null without a swap
 * @param meter        the in-place readings around the swap, or null
 * @param ended        why the migration stopped before its end (the target died, ...), or null when it ran to its end
 */
public record LiveResult(long pid, String description, List<MigrationCandidate> candidates, MigrationCandidate chosen,
                         Verification verification, RouteStatus captured, Advice advice, LiveMigration.SwapOutcome swap,
                         InPlaceMeter meter, String ended) {

    public LiveResult {
        candidates = List.copyOf(candidates);
    }

    /** What a migration that ran to its end found and did. */
    public LiveResult(long pid, String description, List<MigrationCandidate> candidates, MigrationCandidate chosen,
                      Verification verification, RouteStatus captured, Advice advice, LiveMigration.SwapOutcome swap,
                      InPlaceMeter meter) {
        this(pid, description, candidates, chosen, verification, captured, advice, swap, meter, null);
    }

    /** The same result, stopped before its end for {@code sentence}'s reason. */
    public LiveResult endedBy(String sentence) {
        return new LiveResult(pid, description, candidates, chosen, verification, captured, advice, swap, meter, sentence);
    }

    /** {@link InPlaceMeter#measuredWholeRun()}; NaN without a meter. */
    public double measuredWholeRun() {
        return meter == null ? Double.NaN : meter.measuredWholeRun();
    }

    /** How far the prediction was from what the swap delivered: predicted / measured - 1; NaN when either is missing. */
    public double predictionError() {
        return advice == null ? Double.NaN : advice.predictedSpeedup() / measuredWholeRun() - 1;
    }
}
