package org.oxidizer.kernels;

/** The native library's error codes (kernels/native/src/lib.rs) as one sentence each. */
public final class NativeErrors {

    private NativeErrors() {
    }

    /** What the code means, e.g. "the kernel panicked (caught at the boundary, nothing was changed)". */
    public static String sentence(long code) {
        if (code == -1) {
            return "a pointer was null or misaligned, or a length negative (error -1)";
        }
        if (code == -2) {
            return "the text offsets were not in order within the data (error -2)";
        }
        if (code == -3) {
            return "the kernel panicked; the panic was caught at the boundary and nothing was returned (error -3)";
        }
        if (code == -6) {
            return "the compiled pattern was malformed or not one-pass (error -6)";
        }
        return "error code " + code;
    }
}
