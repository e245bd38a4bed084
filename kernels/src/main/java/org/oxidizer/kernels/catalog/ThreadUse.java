package org.oxidizer.kernels.catalog;

/** Which threads a kernel runs on besides the caller's: what a host application should expect to see. */
public enum ThreadUse {

    CALLING_THREAD("runs on the calling thread only"),

    NATIVE_POOL("splits the batch over Oxidizer's native worker pool (one thread per core, or"
        + " -Doxidizer.kernels.threads); the calling thread waits"),

    NATIVE_POOL_AND_FORK_JOIN("splits the batch over Oxidizer's native worker pool, and encodes/decodes"
        + " large batches on the JVM's common ForkJoinPool; the calling thread waits");

    private final String description;

    ThreadUse(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
