package org.oxidizer.core.compare;

/** A migration run that cannot be trusted; the message says why in one sentence. */
public final class MigrationFailedException extends Exception {

    private final transient Comparison partial;

    public MigrationFailedException(String message, Comparison partial) {
        super(message);
        this.partial = partial;
    }

    /** What was measured before the failure, for the report; null if nothing was. */
    public Comparison partial() {
        return partial;
    }
}
