package org.oxidizer.core.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import one.convert.Arguments;
import one.convert.JfrToFlame;
import org.oxidizer.core.profile.CallTree;
import org.oxidizer.core.profile.CollapsedStacksImporter;
import org.oxidizer.core.profile.JfrImporter;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.samples.BundledSamples;
import org.oxidizer.core.target.AgentRequest;
import org.oxidizer.core.target.BundledJars;
import org.oxidizer.core.target.TargetLauncher;
import org.oxidizer.core.task.Progress;

/**
 * How fast profiles load: collapsed stacks in MB/s and a synthetic profile into a call tree, and our JFR
 * importer side by side with async-profiler's jfr-converter on the same recording. {@code oxidizer bench parse}.
 */
public final class ParseBenchmark {

    private ParseBenchmark() {
    }

    public static void run(long samples, int frames, int rounds, PrintStream out, Progress progress) throws Exception {
        try (ScratchDirectory dir = new ScratchDirectory("oxidizer-parse-bench-")) {   // the synthetic profile is ~200 MB
            measure(dir.path(), samples, frames, rounds, out, progress);
        }
    }

    private static void measure(Path dir, long samples, int frames, int rounds, PrintStream out, Progress progress)
            throws Exception {
        Path collapsed = dir.resolve("synthetic.collapsed");
        int stacks = SyntheticProfile.write(collapsed, samples, frames, 7);
        double mb = Files.size(collapsed) / 1e6;
        double[] load = new double[rounds];
        double[] tree = new double[rounds];
        for (int i = 0; i < rounds + 1; i++) {       // the first round warms up the JIT
            long t0 = System.nanoTime();
            Profile profile = new CollapsedStacksImporter().read(collapsed);
            long t1 = System.nanoTime();
            CallTree.of(profile);
            long t2 = System.nanoTime();
            if (i > 0) {
                load[i - 1] = (t1 - t0) / 1e6;
                tree[i - 1] = (t2 - t1) / 1e6;
            }
        }
        out.printf(Locale.ROOT, "synthetic collapsed: %d samples, %d frames, %d stacks, %.1f MB%n", samples, frames, stacks, mb);
        out.printf(Locale.ROOT, "  load      median %7.1f ms  -> %.0f MB/s%n", Medians.median(load), mb / Medians.median(load) * 1000);
        out.printf(Locale.ROOT, "  call tree median %7.1f ms; load + tree %.1f ms%n", Medians.median(tree),
            Medians.median(load) + Medians.median(tree));

        Path jfr = record(dir, progress);
        double[] ours = new double[rounds];
        double[] theirs = new double[rounds];
        for (int i = 0; i < rounds + 1; i++) {
            long t0 = System.nanoTime();
            new JfrImporter().read(jfr, JfrImporter.Kind.CPU);
            long t1 = System.nanoTime();
            JfrToFlame.convert(jfr.toString(), dir.resolve("converted.collapsed").toString(), new Arguments("-o", "collapsed"));
            long t2 = System.nanoTime();
            if (i > 0) {
                ours[i - 1] = (t1 - t0) / 1e6;
                theirs[i - 1] = (t2 - t1) / 1e6;
            }
        }
        out.printf(Locale.ROOT, "JFR recording of the headline sample: %.1f MB%n", Files.size(jfr) / 1e6);
        out.printf(Locale.ROOT, "  JfrImporter (async-profiler reader)  median %7.1f ms%n", Medians.median(ours));
        out.printf(Locale.ROOT, "  jfr-converter JfrToFlame, collapsed  median %7.1f ms%n", Medians.median(theirs));
        out.printf(Locale.ROOT, "  ratio (jfr-converter / ours): %.2fx%n", Medians.median(theirs) / Medians.median(ours));
    }

    private static Path record(Path dir, Progress progress) throws Exception {
        new TargetLauncher(BundledJars.agentJar()).run(BundledSamples.headline(1_500_000, 42, List.of("-Xmx512m")).target(),
            new AgentRequest("cpu", "1ms", true, List.of()), dir.resolve("jfr"), progress);
        return dir.resolve("jfr").resolve("profile.jfr");
    }
}
