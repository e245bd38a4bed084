package org.oxidizer.core.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import org.oxidizer.core.compare.Workload;
import org.oxidizer.core.target.BundledJars;
import org.oxidizer.core.target.MethodSwap;
import org.oxidizer.core.target.Target;
import org.oxidizer.core.target.TargetSpec;

/**
 * The one catalog of samples that ship in the samples jar, as its {@code index.tsv} lists them, each with its
 * hot method, kernel and run sizes: the CLI, the GUI, the demo and the tests all take samples from here.
 */
public final class BundledSamples {

    static final String INDEX = "org/oxidizer/samples/index.tsv";

    /** The headline sample: a day of mixed Chinese/English log text, regex-extracted and aggregated per text. */
    public static final String HEADLINE = "text-aggregation";
    /** Headline lines sized so that the demo (a pure-Java run and a swapped run) takes about a minute on 2 cores. */
    public static final int DEFAULT_TEXTS = 10_000_000;

    /**
     * One sample: a plain main program and the method a kernel replaces in it.
     *
     * @param hotMethod {@code Class#method}, optionally with its descriptor: {@code Class#method(Ljava/util/List;)D}
     * @param smallArgs arguments for a run of a few seconds (tests, first tries)
     * @param liveArgs  arguments for a run long enough to profile, verify and swap it while it runs
     */
    public record Sample(String id, String mainClass, String hotMethod, String kernelId, List<String> smallArgs,
                         List<String> defaultArgs, List<String> liveArgs, String description) {

        public MethodSwap swap() {
            int hash = hotMethod.indexOf('#');
            int paren = hotMethod.indexOf('(');
            return paren < 0 ? new MethodSwap(hotMethod.substring(0, hash), hotMethod.substring(hash + 1), kernelId)
                : new MethodSwap(hotMethod.substring(0, hash), hotMethod.substring(hash + 1, paren), hotMethod.substring(paren), kernelId);
        }

        /** The sample as a before/after workload; {@code small} picks the short arguments. */
        public Workload workload(boolean small, List<String> jvmOptions) {
            return workload(small ? smallArgs : defaultArgs, jvmOptions);
        }

        /** The sample run with these program arguments, as a before/after workload. */
        public Workload workload(List<String> args, List<String> jvmOptions) {
            TargetSpec target = TargetSpec.mainClass(id, mainClass, List.of(BundledJars.samplesJar()), args)
                .withJvmOptions(jvmOptions);
            return new Workload(id, description, target, List.of(swap()));
        }

        /** The sample as a target to profile or migrate. */
        public Target target(List<String> args, List<String> jvmOptions) {
            return Target.sample(workload(args, jvmOptions));
        }

        /**
         * What a steady CPU profile of this sample must show, from its fixture file: frames with the least share
         * of samples each must hold, and the arguments of the run they hold for.
         */
        public ExpectedHotspots expectedHotspots() {
            return ExpectedHotspots.parse(id + ".expected-hotspots", read("org/oxidizer/samples/" + id + ".expected-hotspots"), defaultArgs);
        }
    }

    private BundledSamples() {
    }

    public static List<Sample> all() {
        List<Sample> samples = new ArrayList<>();
        for (String line : lines(read(INDEX))) {
            String[] f = line.split("\t");
            if (f.length != 8) {
                throw new IllegalStateException(INDEX + " has a line with " + f.length + " fields instead of 8: " + line);
            }
            samples.add(new Sample(f[0], f[1], f[2], f[3], words(f[4]), words(f[5]), words(f[6]), f[7]));
        }
        return samples;
    }

    /** @throws IllegalArgumentException naming the samples there are */
    public static Sample byId(String id) {
        List<Sample> all = all();
        return all.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException(
            "no bundled sample '" + id + "'; there are " + all.stream().map(Sample::id).toList()));
    }

    public static List<String> ids() {
        return all().stream().map(Sample::id).toList();
    }

    /**
     * The headline at {@code texts} lines: 50,000 texts per call as the pipeline's default, but at least 20 calls,
     * since a swap is verified on the method's first calls and a small run needs enough of them to show the kernel serving.
     */
    public static Workload headline(int texts, long seed, List<String> jvmOptions) {
        int batch = Math.max(100, Math.min(50_000, texts / 20));
        Sample headline = byId(HEADLINE);
        Path root = corpusRoot();
        Workload w = headline.workload(List.of("--texts", Integer.toString(texts), "--seed", Long.toString(seed), "--batch",
            Integer.toString(batch), "--corpus-root", root.toString()), jvmOptions);
        TargetSpec corpus = TargetSpec.mainClass("corpus", "org.oxidizer.samples.textagg.CorpusCache",
            List.of(BundledJars.samplesJar()), List.of("--dir", root.toString(), "--texts", Integer.toString(texts), "--seed",
                Long.toString(seed))).withJvmOptions(List.of("-Xmx512m"));
        List<String> scanned = new ArrayList<>(w.target().programArgs());
        scanned.addAll(List.of("--variant", "scanned"));
        TargetSpec bestJava = w.target().withName("best Java (hand-written byte scanner)").withProgramArgs(scanned);
        return new Workload(w.name(), texts + " log lines (Chinese + English) read from disk file by file: regex word/number"
            + " extraction, per-text HashMap totals, per-file and daily totals, JSON summary", w.target(), List.of(CHAIN), corpus,
            bestJava);
    }

    /**
     * What the headline demo's after-run swaps: the chain over one file (read, extract and aggregate each text, total
     * the file), not only its extraction: with the extraction alone swapped, reading the lines, the per-text maps coming
     * back and merging them held the after-run at about 2x.
     */
    public static final MethodSwap CHAIN = new MethodSwap("org.oxidizer.samples.textagg.DailyTotals", "ofFile",
        "daily_totals_of_file");

    /**
     * Where the headline's corpus is made once and kept: {@code -Doxidizer.corpus.dir}, else
     * {@code $XDG_CACHE_HOME/oxidizer/corpus}, else {@code ~/.cache/oxidizer/corpus}.
     */
    public static Path corpusRoot() {
        String set = System.getProperty("oxidizer.corpus.dir");
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("oxidizer").resolve("corpus");
    }

    static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String read(String entry) {
        try (JarFile jar = new JarFile(BundledJars.samplesJar().toFile())) {
            var e = jar.getEntry(entry);
            if (e == null) {
                throw new IllegalStateException("the samples jar has no " + entry);
            }
            try (InputStream in = jar.getInputStream(e)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry + " from the samples jar", e);
        }
    }
}
