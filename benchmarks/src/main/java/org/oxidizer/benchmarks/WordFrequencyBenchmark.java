package org.oxidizer.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.Kernel;
import org.oxidizer.kernels.catalog.KernelCatalog;
import org.oxidizer.samples.wordfreq.WordFrequency;

/**
 * A kernel of one's own against the first Java and the best Java: the word-frequency sample's regex split, its
 * hand-written scan, and the kernel {@code oxidizer kernel new} wrote for it with its body filled in, on the same
 * 20,000 lines, one JVM, marshalling included. The kernel jar is the one {@code oxidizer kernel build} made, named by
 * {@code OXIDIZER_KERNEL_JAR} (README, "Your own kernel in five commands").
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class WordFrequencyBenchmark {

    List<String> lines;
    BoundKernel kernel;

    @Setup
    public void setUp() {
        lines = lines(new SplittableRandom(42), 20_000);
        String jar = System.getenv("OXIDIZER_KERNEL_JAR");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("set OXIDIZER_KERNEL_JAR to the jar `oxidizer kernel build` made for"
                + " WordFrequency.wordFrequencies (it is " + jar + ")");
        }
        KernelCatalog catalog = KernelCatalog.bundledWith(List.of(Path.of(jar)));
        Kernel entry = catalog.kernels().stream().filter(k -> k.shapes().stream()
                .anyMatch(s -> s.onlyFor().equals(WordFrequency.class.getName() + "#wordFrequencies")))
            .findFirst().orElseThrow(() -> new IllegalStateException(jar + " holds no kernel for WordFrequency.wordFrequencies"));
        kernel = entry.bind("(Ljava/util/List;)Ljava/util/Map;", Map.of());
        kernel.warmUp();
        Object answer = kernel.invoke(new Object[] {lines});
        if (!WordFrequency.wordFrequencies(lines).equals(answer) || !WordFrequency.wordFrequenciesScanned(lines).equals(answer)) {
            throw new IllegalStateException("the three do not give the same answer");
        }
    }

    @Benchmark
    public Map<String, Integer> javaRegexSplit() {
        return WordFrequency.wordFrequencies(lines);
    }

    @Benchmark
    public Map<String, Integer> javaHandWritten() {
        return WordFrequency.wordFrequenciesScanned(lines);
    }

    @Benchmark
    public Object kernel() {
        return kernel.invoke(new Object[] {lines});
    }

    /** Lines like the sample's workload makes: words, separators, some non-ASCII. */
    static List<String> lines(SplittableRandom random, int n) {
        String[] words = {"the", "Service", "was", "fast", "slow", "and", "friendly", "Order", "late", "again", "price", "OK",
            "great", "not", "bad", "delivery", "2nd", "time", "refund", "café", "naïve", "東京", "x1"};
        String[] separators = {" ", " ", " ", ", ", ". ", "! ", " - ", "\t", "  ", "/", "'"};
        List<String> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder line = new StringBuilder();
            for (int w = 3 + random.nextInt(12); w > 0; w--) {
                line.append(separators[random.nextInt(separators.length)]).append(words[random.nextInt(words.length)]);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
