package org.oxidizer.core.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.oxidizer.core.task.Progress;
import org.oxidizer.kernels.text.ExtractAndAggregateKernel;
import org.oxidizer.samples.textagg.CorpusGenerator;
import org.oxidizer.samples.textagg.TextAggregation;

/**
 * The headline method against its kernel, side by side in this one JVM on the same corpus: warm-up, then
 * alternating timed rounds, medians and their ratio. {@code oxidizer bench}. A benchmark, never a test.
 */
public final class HeadlineBenchmark {

    private HeadlineBenchmark() {
    }

    /** @return false, with one sentence on {@code out}, when the kernel's answer differs from Java's (nothing is timed) */
    public static boolean run(int texts, long seed, int warmup, int rounds, PrintStream out, Progress progress) {
        List<String> corpus = new CorpusGenerator(seed).next(texts);
        long bytes = corpus.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        out.printf(Locale.ROOT, "corpus: %d texts, %.1f MB UTF-8, seed %d; %d cores%n", texts, bytes / 1e6, seed,
            Runtime.getRuntime().availableProcessors());
        if (!TextAggregation.extractAndAggregate(corpus).equals(ExtractAndAggregateKernel.extractAndAggregate(corpus))) {
            out.println("the kernel's answer differs from the Java method's on this corpus; not timing it");
            return false;
        }
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
        double javaMedian = Medians.median(java);
        double kernelMedian = Medians.median(kernel);
        out.printf(Locale.ROOT, "%-32s %10s %10s %10s%n", "extractAndAggregate", "median", "min", "max");
        row(out, "Java (regex + HashMap)", java);
        row(out, "kernel (Rust, incl. marshalling)", kernel);
        out.printf(Locale.ROOT, "ratio (Java / kernel, medians of %d): %.2fx%n", rounds, javaMedian / kernelMedian);
        return true;
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

    private static void row(PrintStream out, String name, long[] nanos) {
        double[] millis = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).toArray();
        out.printf(Locale.ROOT, "%-32s %8.1f ms %7.1f ms %7.1f ms%n", name, Medians.median(millis), Medians.min(millis),
            Medians.max(millis));
    }
}
