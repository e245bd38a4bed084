package org.oxidizer.kernels.catalog;

/** A kernel refused a method shape or parameter it cannot match exactly; the message says why. */
public final class UnsupportedBindingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnsupportedBindingException(String message) {
        super(message);
    }
}
