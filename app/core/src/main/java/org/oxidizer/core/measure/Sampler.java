package org.oxidizer.core.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Samples a process from outside every interval (100 ms by default) and keeps the time series;
 * listeners see each sample as it is taken, for live charts and progress.
 */
public final class Sampler implements AutoCloseable {

    public static final long DEFAULT_INTERVAL_MILLIS = 100;

    private final ProcReader reader;
    private final long startNanos;
    private final Consumer<ProcSample> listener;
    private final List<ProcSample> samples = new ArrayList<>();
    private final ScheduledExecutorService timer;

    public Sampler(long pid, long startNanos, long intervalMillis, Consumer<ProcSample> listener) {
        this.reader = new ProcReader(pid);
        this.startNanos = startNanos;
        this.listener = listener;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "oxidizer-sampler-" + pid);
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::sample, 0, intervalMillis, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        reader.read().ifPresent(s -> {
            long now = (System.nanoTime() - startNanos) / 1_000_000;
            ProcSample previous;
            synchronized (samples) {
                previous = samples.isEmpty() ? null : samples.get(samples.size() - 1);
            }
            double cpuPercent = 0;
            if (previous != null && now > previous.elapsedMillis()) {
                cpuPercent = (s.cpuNanos() - previous.cpuNanos()) / 1e4 / (now - previous.elapsedMillis());
            }
            long peak = Math.max(s.peakRssBytes(), previous == null ? 0 : previous.peakRssBytes());
            ProcSample sample = new ProcSample(now, s.rssBytes(), peak, s.cpuNanos(), s.threads(), cpuPercent);
            synchronized (samples) {
                samples.add(sample);
            }
            listener.accept(sample);
        });
    }

    public List<ProcSample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
