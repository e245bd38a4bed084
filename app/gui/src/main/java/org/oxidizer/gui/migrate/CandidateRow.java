package org.oxidizer.gui.migrate;

import org.oxidizer.core.live.LiveMigration;
import org.oxidizer.core.match.JavaFrame;
import org.oxidizer.core.match.MigrationCandidate;

/**
 * A hot method of the live target as the candidates table lists it.
 *
 * @param key     the agent's name for the method (class, name, descriptor); the frame when its class file was unreadable
 * @param verdict the advisor's headline once the method was verified; empty before
 */
public record CandidateRow(MigrationCandidate candidate, String key, String verdict) {

    public static CandidateRow of(MigrationCandidate candidate) {
        return new CandidateRow(candidate, candidate.method() == null ? candidate.frame() : LiveMigration.methodKey(candidate), "");
    }

    public CandidateRow withVerdict(String newVerdict) {
        return new CandidateRow(candidate, key, newVerdict);
    }

    public boolean replaceable() {
        return candidate.replaceable();
    }

    /** "TextAggregation.extractAndAggregate": the frame without its package, for a narrow column. */
    public String shortName() {
        return shortName(candidate.frame());
    }

    /** A frame or method key without the package (and without the descriptor). */
    public static String shortName(String frameOrKey) {
        return JavaFrame.shortName(frameOrKey);
    }

    /** The kernel that would replace it, or why none can. */
    public String kernelOrWhyNot() {
        return candidate.kernel().map(k -> k.kernel())
            .orElseGet(() -> "— " + (candidate.reasons().isEmpty() ? "no kernel of the catalog has its shape"
                : String.join("; ", candidate.reasons())));
    }

    /** The kernel that would replace it, with its parameters and the engine that runs them, or why none can. */
    public String kernelWithParameters() {
        return candidate.kernel().map(k -> k.describe())
            .orElseGet(() -> "— " + (candidate.reasons().isEmpty() ? "no kernel of the catalog has its shape"
                : String.join("; ", candidate.reasons())));
    }
}
