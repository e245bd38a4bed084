package org.oxidizer.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.oxidizer.core.kernelgen.MethodRef;
import org.oxidizer.core.live.MethodLatency;
import org.oxidizer.core.report.Figures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The per-call time distribution of one method of a running JVM. */
@Command(name = "latency", mixinStandardHelpOptions = true,
    description = "Time every call of a method in a running JVM for a while and print the per-call distribution (percentiles"
        + " and a histogram); the JVM keeps running and the method is left as it was.")
final class LatencyCommand implements Callable<Integer> {

    @Option(names = "--pid", required = true, description = "The running JVM (see 'oxidizer jvms').")
    long pid;

    @Option(names = "--method", required = true, paramLabel = "CLASS.METHOD", description = "The method, e.g. com.acme.Stats.checksum.")
    String method;

    @Option(names = "--seconds", defaultValue = "10", description = "How long to time its calls (default ${DEFAULT-VALUE}).")
    int seconds;

    @Override
    public Integer call() throws Exception {
        if (seconds < 1) {
            throw new IllegalArgumentException("--seconds must be at least 1");
        }
        ConsoleProgress progress = ConsoleProgress.onStderr();
        MethodLatency.Measured m;
        try {
            m = MethodLatency.measure(pid, MethodRef.parse(method), seconds, progress);
        } finally {
            progress.done();
        }
        System.out.printf(Locale.ROOT, "%s: %,d calls in %.1f s%n", m.signature(), m.calls(), m.seconds());
        if (m.latency().total() == 0) {
            System.out.println("no call was timed: the method was not called while it was watched");
            return 0;
        }
        System.out.println("per call: " + m.latency().describe() + (2 * m.latency().total() < m.calls()
            ? " (calls under 20 µs are timed one in 16)" : ""));
        long[] counts = m.latency().counts();
        long max = 0;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                System.out.printf(Locale.ROOT, "  %10s - %-10s %8d  %s%n", Figures.nanos(org.oxidizer.core.stats.LatencyHistogram.lowerBound(i)),
                    Figures.nanos(org.oxidizer.core.stats.LatencyHistogram.upperBound(i)), counts[i], "#".repeat((int) Math.max(1, Math.round(40.0 * counts[i] / max))));
            }
        }
        return 0;
    }
}
