package org.oxidizer.kernels;

/** The native library's error codes (kernels/native/src/ffi.rs, one enum for every entry point) as one sentence each. */
public final class NativeErrors {

    private NativeErrors() {
    }

    /** What the code means, e.g. "the kernel panicked; ... (error -3)"; the codes of kernels/native/src/ffi.rs. */
    public static String sentence(long code) {
        switch ((int) Math.max(Integer.MIN_VALUE, Math.min(0, code))) {
            case -1:
                return "a pointer was null or misaligned, or a length negative (error -1)";
            case -2:
                return "the text offsets were not in order within the data (error -2)";
            case -3:
                return "the kernel panicked; the panic was caught at the boundary and nothing was returned (error -3)";
            case -4:
                return "the pattern did not compile in the regex crate (error -4)";
            case -5:
                return "the pattern does not have exactly two capturing groups (error -5)";
            case -6:
                return "the compiled pattern was malformed or not one-pass (error -6)";
            case -7:
                return "the image is smaller than 3x3 or its array is not width x height long (error -7)";
            case -8:
                return "the JVM could not lend an array to the kernel (error -8)";
            case -9:
                return "the file could not be read (error -9)";
            case -10:
                return "the file is not valid UTF-8 (error -10)";
            default:
                return "error code " + code;
        }
    }
}
