package org.oxidizer.core.measure;

/**
 * One reading of /proc for a target process.
 *
 * @param elapsedMillis since the process started
 * @param cpuNanos      user + system CPU time so far
 * @param cpuPercent    CPU use since the previous sample; 100 = one core busy
 */
public record ProcSample(long elapsedMillis, long rssBytes, long peakRssBytes, long cpuNanos, int threads,
                         double cpuPercent) {
}
