package org.oxidizer.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.oxidizer.kernels.text.PatternPairsKernel;
import org.oxidizer.kernels.text.PatternPairsReference;

/**
 * The patterns users write for their logs, each on the log format it is written for (dense: matches on every
 * line) and some on a format where they rarely match (sparse): Java's find()/merge loop, the kernel as the
 * catalog binds it (the compiled one-pass matcher when the pattern is one-pass, else the regex crate) and the
 * regex crate for every pattern, side by side in one run, marshalling included, 20,000 lines per call (the
 * samples' batch), the native pool at 2 threads. docs/BENCHMARKS.md holds the table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Doxidizer.kernels.threads=2"})
public class PatternTableBenchmark {

    /** Row name to corpus kind (see {@link LogCorpora}) and pattern. */
    static final Map<String, String[]> ROWS = Map.ofEntries(
        Map.entry("headline", new String[] {"textagg", "(\\w+)\\s+(\\d+)"}),
        Map.entry("lower-blank-dense", new String[] {"textagg", "([a-z_]+)[ \\t]+(\\d+)"}),
        Map.entry("semicolon-sparse", new String[] {"textagg", "(\\w+)\\s+(\\d+);"}),
        Map.entry("kv-dense", new String[] {"kv", "(\\w+)=(\\d+)"}),
        Map.entry("kv-sparse", new String[] {"access", "(\\w+)=(\\d+)"}),
        Map.entry("kv-signed", new String[] {"kv", "(\\w+)=(-?\\d+)"}),
        Map.entry("one-key", new String[] {"kv", "(latency_ms)=(\\d+)"}),
        Map.entry("colon-dense", new String[] {"colon", "(\\w+):\\s*(\\d+)"}),
        Map.entry("colon-sparse", new String[] {"access", "(\\w+):\\s*(\\d+)"}),
        Map.entry("access-status", new String[] {"access", "\"[A-Z]+ ([\\x21\\x23-\\x7e]+) HTTP/1\\.[01]\" (\\d{3})"}),
        Map.entry("metrics", new String[] {"metrics", "([a-z_.]+)\\{[^}]*\\} (\\d+)"}),
        Map.entry("alternation", new String[] {"colon", "(\\w+)(?:=|:\\s*)(\\d+)"}),
        Map.entry("not-one-pass", new String[] {"kv", "([\\w.]+)[=.](\\d+)"}));

    @Param({"headline", "lower-blank-dense", "semicolon-sparse", "kv-dense", "kv-sparse", "kv-signed", "one-key",
        "colon-dense", "colon-sparse", "access-status", "metrics", "alternation", "not-one-pass"})
    String row;

    private List<String> corpus;
    private Pattern pattern;
    private PatternPairsKernel kernel;
    private PatternPairsKernel regexCrate;

    @Setup
    public void setUp() {
        String[] spec = ROWS.get(row);
        corpus = LogCorpora.lines(spec[0], 20_000);
        pattern = Pattern.compile(spec[1]);
        kernel = PatternPairsKernel.forPattern(spec[1]);
        regexCrate = PatternPairsKernel.onRegexCrate(spec[1]);
        List<Map<String, Integer>> java = PatternPairsReference.extractAndAggregate(pattern, corpus);
        if (!java.equals(kernel.extractAndAggregate(corpus)) || !java.equals(regexCrate.extractAndAggregate(corpus))) {
            throw new IllegalStateException("a kernel and Java disagree on row " + row);
        }
        long matches = java.stream().mapToLong(Map::size).sum();
        System.out.printf("%n%s: %s on %s, engine %s, %d distinct keys per line on average%n", row, spec[1], spec[0],
            kernel.compiled() ? "compiled one-pass" : "regex crate (" + kernel.translation().compiledRefusal() + ")",
            matches / corpus.size());
    }

    @Benchmark
    public List<Map<String, Integer>> java() {
        return PatternPairsReference.extractAndAggregate(pattern, corpus);
    }

    @Benchmark
    public List<Map<String, Integer>> kernel() {
        return kernel.extractAndAggregate(corpus);
    }

    @Benchmark
    public List<Map<String, Integer>> regexCrate() {
        return regexCrate.extractAndAggregate(corpus);
    }
}
