package org.oxidizer.core.measure;

import java.util.List;

/**
 * What one run of a target cost: wall time from launch to exit, CPU time, peak resident memory, and
 * the sampled time series behind them.
 */
public record RunMeasurement(long wallMillis, long cpuNanos, long peakRssBytes, int peakThreads,
                             List<ProcSample> series) {

    public RunMeasurement {
        series = List.copyOf(series);
    }

    /** Process CPU time / wall time x 100: 100 means one core busy, the ceiling is 100 x cores. */
    public double cpuPercent() {
        return wallMillis == 0 ? 0 : cpuNanos / 1e4 / wallMillis;
    }
}
