package org.oxidizer.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.oxidizer.core.bench.Medians;
import org.oxidizer.kernels.text.ExtractAndAggregateKernel;
import org.oxidizer.samples.textagg.CorpusGenerator;
import org.oxidizer.samples.textagg.TextAggregation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The headline method against its kernel, side by side in this one JVM on the same corpus: warm-up,
 * then alternating timed rounds, medians and their ratio. A benchmark, never a test: machines are noisy.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Time TextAggregation.extractAndAggregate (Java) against the extract_and_aggregate kernel in one JVM.",
        "Subcommands measure the profiler's overhead and how fast profiles load."},
    subcommands = {ProfilerOverheadBench.class, ParseBench.class, FlameBench.class})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--texts", description = "Corpus size in log lines (default: ${DEFAULT-VALUE}).")
    int texts = 200_000;

    @Option(names = "--rounds", description = "Timed rounds per side; the median is reported (default: ${DEFAULT-VALUE}).")
    int rounds = 7;

    @Option(names = "--warmup", description = "Untimed rounds per side first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup = 3;

    @Option(names = "--seed", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Override
    public Integer call() {
        List<String> corpus = new CorpusGenerator(seed).next(texts);
        long bytes = corpus.stream().mapToLong(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
        System.out.printf(Locale.ROOT, "corpus: %d texts, %.1f MB UTF-8, seed %d; %d cores%n", texts, bytes / 1e6, seed,
            Runtime.getRuntime().availableProcessors());
        if (!TextAggregation.extractAndAggregate(corpus).equals(ExtractAndAggregateKernel.extractAndAggregate(corpus))) {
            System.err.println("oxidizer: the kernel's answer differs from the Java method's on this corpus; not timing it");
            return 1;
        }
        ConsoleProgress progress = ConsoleProgress.onStderr();
        int total = 2 * (warmup + rounds);
        long[] java = new long[rounds];
        long[] kernel = new long[rounds];
        for (int i = 0; i < warmup + rounds; i++) {
            progress.report(i < warmup ? "warming up" : "timing", (2.0 * i) / total);
            boolean javaFirst = i % 2 == 0;     // alternate so drift on a noisy machine hits both sides
            long a = time(javaFirst ? TextAggregation::extractAndAggregate : ExtractAndAggregateKernel::extractAndAggregate, corpus);
            long b = time(javaFirst ? ExtractAndAggregateKernel::extractAndAggregate : TextAggregation::extractAndAggregate, corpus);
            if (i >= warmup) {
                java[i - warmup] = javaFirst ? a : b;
                kernel[i - warmup] = javaFirst ? b : a;
            }
        }
        progress.done();
        double javaMedian = Medians.median(java);
        double kernelMedian = Medians.median(kernel);
        System.out.printf(Locale.ROOT, "%-32s %10s %10s %10s%n", "extractAndAggregate", "median", "min", "max");
        row("Java (regex + HashMap)", java);
        row("kernel (Rust, incl. marshalling)", kernel);
        System.out.printf(Locale.ROOT, "ratio (Java / kernel, medians of %d): %.2fx%n", rounds, javaMedian / kernelMedian);
        return 0;
    }

    private static long time(Function<List<String>, List<Map<String, Integer>>> method, List<String> corpus) {
        long t0 = System.nanoTime();
        List<Map<String, Integer>> result = method.apply(corpus);
        long elapsed = System.nanoTime() - t0;
        if (result.size() != corpus.size()) {
            throw new IllegalStateException("wrong result size");
        }
        return elapsed;
    }

    private static void row(String name, long[] nanos) {
        double[] millis = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).toArray();
        System.out.printf(Locale.ROOT, "%-32s %8.1f ms %7.1f ms %7.1f ms%n", name, Medians.median(millis), Medians.min(millis),
            Medians.max(millis));
    }
}
