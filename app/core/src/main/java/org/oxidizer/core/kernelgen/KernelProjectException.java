package org.oxidizer.core.kernelgen;

/** Why a kernel project cannot be written, built or tested, in one sentence for the user. */
public final class KernelProjectException extends Exception {

    private static final long serialVersionUID = 1L;

    public KernelProjectException(String sentence) {
        super(sentence);
    }

    public KernelProjectException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
