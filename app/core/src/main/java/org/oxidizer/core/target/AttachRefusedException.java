package org.oxidizer.core.target;

/** An attach that did not happen; the message says why in one sentence a person can act on. */
public final class AttachRefusedException extends Exception {

    public AttachRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
