package org.oxidizer.core.profile;

/** A profile file that cannot be read; the message names the file and the line, for a person to act on. */
public final class ProfileFormatException extends Exception {

    public ProfileFormatException(String message) {
        super(message);
    }
}
