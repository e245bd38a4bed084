package org.oxidizer.core.bench;

import java.io.PrintStream;

/**
 * The workbench's flame-graph benchmark, found with {@link java.util.ServiceLoader}: the GUI module provides it,
 * so that {@code oxidizer bench flame} runs from the command line wherever the workbench's classes are on the
 * class path (the development launcher and the installed app-image) without the command line depending on them.
 */
public interface FlameGraphTiming {

    /**
     * Draws a synthetic profile off-screen and prints first-paint and redraw medians to {@code out}.
     *
     * @param samples samples in the synthetic profile
     * @param frames  distinct frames in it
     * @param rounds  first-paint rounds; the median is reported
     */
    void run(long samples, int frames, int rounds, PrintStream out) throws Exception;
}
