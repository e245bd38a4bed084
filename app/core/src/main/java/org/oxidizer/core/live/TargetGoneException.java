package org.oxidizer.core.live;

/** The live target died under a call; the message is the one sentence people read (its crash report, if any). */
public final class TargetGoneException extends Exception {

    public TargetGoneException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
