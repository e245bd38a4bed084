package org.oxidizer.agent.swap;

/** A native kernel as the swap engine sees it: which method shape it replaces and how to call it. */
public interface KernelBinding {

    String id();

    /** JVM descriptor of the Java method it can replace, e.g. {@code (Ljava/util/List;)Ljava/util/List;}. */
    String descriptor();

    /** Runs the kernel on the swapped method's arguments and returns what the method would. */
    Object invoke(Object[] args);

    /**
     * Loads the native library and starts its worker threads with one tiny call. Done before profiling
     * starts, so the profiler knows the library's symbols and samples its threads (threads created by
     * native code later are invisible to perf events).
     */
    void warmUp();
}
