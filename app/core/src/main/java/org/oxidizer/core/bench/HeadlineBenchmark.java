package org.oxidizer.core.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.oxidizer.core.stats.SpeedRatio;
import org.oxidizer.core.task.Progress;
import org.oxidizer.kernels.text.ExtractAndAggregateKernel;
import org.oxidizer.samples.textagg.CorpusGenerator;
import org.oxidizer.samples.textagg.TextAggregation;

/**
 * The headline method against its kernel on the same corpus, {@code oxidizer bench}. Each fork is a fresh JVM
 * with a fixed, pre-touched heap ({@code -Xms = -Xmx}, {@code AlwaysPreTouch}), so neither side's time depends on
 * where G1's heap sizing happens to be; inside a fork, warm-up rounds, then timed rounds in which the side that
 * goes first alternates. Every round gives a pair (Java, kernel) on the same input; all forks' pairs give the
 * ratio and its 95% interval ({@link SpeedRatio#paired}). A benchmark, never a test.
 */
public final class HeadlineBenchmark {

    /** The forks' heap: the corpus, both sides' answers and their garbage fit with room to spare. */
    public static final String DEFAULT_HEAP = "2g";
    /** An interval wider than this (high / low) says the machine was too noisy for a tight figure. */
    static final double NOISY_WIDTH = 1.5;

    private static final String PAIR = "pair ";
    private static final String DIFFERS = "differs";

    private HeadlineBenchmark() {
    }

    /** @return false, with one sentence on {@code out}, when the kernel's answer differs from Java's or a fork failed */
    public static boolean run(int texts, long seed, int warmup, int rounds, int forks, String heap, PrintStream out,
                              Progress progress) throws IOException, InterruptedException {
        out.printf(Locale.ROOT, "corpus: %d texts, seed %d; %d forks with a fixed, pre-touched %s heap, each %d warm-up + %d"
            + " timed rounds per side; %d cores, load %s%n", texts, seed, forks, heap, warmup, rounds,
            Runtime.getRuntime().availableProcessors(), load());
        List<long[]> java = new ArrayList<>();
        List<long[]> kernel = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            progress.report("fork " + (f + 1) + " of " + forks, (double) f / forks);
            Fork result = fork(texts, seed, warmup, rounds, heap);
            if (result.differs) {
                out.println("the kernel's answer differs from the Java method's on this corpus; not timing it");
                return false;
            }
            if (result.java.length == 0) {
                out.println("fork " + (f + 1) + " timed nothing: " + result.lastWords);
                return false;
            }
            java.add(result.java);
            kernel.add(result.kernel);
            SpeedRatio r = SpeedRatio.paired(result.java, result.kernel);
            out.printf(Locale.ROOT, "  fork %d: Java %s, kernel %s (medians): %s%n", f + 1, millis(Medians.median(result.java)),
                millis(Medians.median(result.kernel)), r.describe("rounds"));
        }
        long[] allJava = concat(java);
        long[] allKernel = concat(kernel);
        out.printf(Locale.ROOT, "%-32s %10s %10s %10s%n", "extractAndAggregate", "median", "min", "max");
        row(out, "Java (regex + HashMap)", allJava);
        row(out, "kernel (Rust, incl. marshalling)", allKernel);
        SpeedRatio ratio = SpeedRatio.paired(allJava, allKernel);
        out.println("ratio (Java / kernel, all forks' rounds paired): " + ratio.describe("rounds"));
        noise(ratio, out);
        return true;
    }

    /** Says so when the interval is too wide or the machine was busy; silent otherwise. */
    static void noise(SpeedRatio ratio, PrintStream out) {
        if (ratio.hasInterval() && ratio.high() / ratio.low() > NOISY_WIDTH) {
            out.printf(Locale.ROOT, "warning: the interval spans %.2fx-%.2fx: the machine was too noisy for a tight figure;"
                + " rerun it quiet, or with more rounds or forks%n", ratio.low(), ratio.high());
        }
        double load = loadAverage();
        if (load > Runtime.getRuntime().availableProcessors()) {
            out.printf(Locale.ROOT, "warning: load average %.1f on %d cores: something else was running%n", load,
                Runtime.getRuntime().availableProcessors());
        }
    }

    private record Fork(long[] java, long[] kernel, boolean differs, String lastWords) {
    }

    private static Fork fork(int texts, long seed, int warmup, int rounds, String heap) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(javaBin, "-Xms" + heap, "-Xmx" + heap, "-XX:+AlwaysPreTouch",
            "-cp", System.getProperty("java.class.path"), HeadlineBenchmark.class.getName(),
            Integer.toString(texts), Long.toString(seed), Integer.toString(warmup), Integer.toString(rounds));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<Long> java = new ArrayList<>();
        List<Long> kernel = new ArrayList<>();
        boolean differs = false;
        String last = "";
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith(PAIR)) {
                    String[] f = line.substring(PAIR.length()).split(" ");
                    java.add(Long.parseLong(f[0]));
                    kernel.add(Long.parseLong(f[1]));
                } else if (line.equals(DIFFERS)) {
                    differs = true;
                } else if (!line.isBlank()) {
                    last = line;
                }
            }
        }
        int exit = p.waitFor();
        return new Fork(java.stream().mapToLong(Long::longValue).toArray(), kernel.stream().mapToLong(Long::longValue).toArray(),
            differs, exit == 0 ? last : "exit code " + exit + ": " + last);
    }

    /** One fork: {@code texts seed warmup rounds}; prints one {@code pair JAVA_NANOS KERNEL_NANOS} line per timed round. */
    public static void main(String[] args) {
        int texts = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        List<String> corpus = new CorpusGenerator(seed).next(texts);
        if (!TextAggregation.extractAndAggregate(corpus).equals(ExtractAndAggregateKernel.extractAndAggregate(corpus))) {
            System.out.println(DIFFERS);
            return;
        }
        for (int i = 0; i < warmup + rounds; i++) {
            boolean javaFirst = i % 2 == 0;     // alternate so drift on a noisy machine hits both sides
            long a = time(javaFirst ? TextAggregation::extractAndAggregate : ExtractAndAggregateKernel::extractAndAggregate, corpus);
            long b = time(javaFirst ? ExtractAndAggregateKernel::extractAndAggregate : TextAggregation::extractAndAggregate, corpus);
            if (i >= warmup) {
                System.out.println(PAIR + (javaFirst ? a : b) + " " + (javaFirst ? b : a));
            }
        }
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

    private static long[] concat(List<long[]> parts) {
        return parts.stream().flatMapToLong(Arrays::stream).toArray();
    }

    private static String millis(double nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static void row(PrintStream out, String name, long[] nanos) {
        double[] millis = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).toArray();
        out.printf(Locale.ROOT, "%-32s %8.1f ms %7.1f ms %7.1f ms%n", name, Medians.median(millis), Medians.min(millis),
            Medians.max(millis));
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String load() {
        double load = loadAverage();
        return Double.isNaN(load) ? "unknown" : String.format(Locale.ROOT, "%.1f", load);
    }
}
