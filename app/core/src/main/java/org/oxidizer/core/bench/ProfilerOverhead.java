package org.oxidizer.core.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.oxidizer.core.samples.BundledSamples;
import org.oxidizer.core.target.AgentRequest;
import org.oxidizer.core.target.BundledJars;
import org.oxidizer.core.target.TargetLauncher;
import org.oxidizer.core.target.TargetRun;
import org.oxidizer.core.target.TargetSpec;
import org.oxidizer.core.task.Progress;

/** What profiling costs the target: the headline sample without any agent vs profiled, alternating runs. {@code oxidizer bench profiler}. */
public final class ProfilerOverhead {

    private ProfilerOverhead() {
    }

    /** @return false with one sentence on {@code out} when a run failed */
    public static boolean run(int texts, int runs, String interval, PrintStream out, Progress progress) throws Exception {
        TargetSpec spec = BundledSamples.headline(texts, 42, List.of("-Xmx1g")).target();
        TargetLauncher launcher = new TargetLauncher(BundledJars.agentJar());
        try (ScratchDirectory scratch = new ScratchDirectory("oxidizer-bench-")) {
            return measure(spec, launcher, scratch.path(), texts, runs, interval, out, progress);
        }
    }

    private static boolean measure(TargetSpec spec, TargetLauncher launcher, Path dir, int texts, int runs, String interval,
                                   PrintStream out, Progress progress) throws Exception {
        double[][] plain = new double[2][runs];
        double[][] profiled = new double[2][runs];
        for (int i = 0; i < runs; i++) {
            boolean plainFirst = i % 2 == 0;
            for (int side = 0; side < 2; side++) {
                boolean isPlain = (side == 0) == plainFirst;
                progress.report((isPlain ? "no agent" : "profiling") + " run " + (i + 1), (2.0 * i + side) / (2 * runs));
                TargetRun run = launcher.run(spec.withName(isPlain ? "no agent" : "profiled"),
                    isPlain ? null : new AgentRequest("cpu", interval, false, List.of()), dir.resolve("run"), Progress.NONE);
                if (!run.succeeded()) {
                    out.println("a run failed: " + run.lastWords());
                    return false;
                }
                double[][] into = isPlain ? plain : profiled;
                into[0][i] = run.measurement().wallMillis();
                into[1][i] = Double.parseDouble(run.reported().get("wallMillis"));
            }
        }
        out.printf(Locale.ROOT, "headline sample, %d texts, -Xmx1g, %d runs per side, alternating%n", texts, runs);
        out.printf(Locale.ROOT, "%-36s %10s %10s %9s%n", "median wall time", "no agent", "profiled", "overhead");
        row(out, "process (launch to exit)", plain[0], profiled[0]);
        row(out, "workload (timed by the sample)", plain[1], profiled[1]);
        return true;
    }

    private static void row(PrintStream out, String name, double[] plain, double[] profiled) {
        double a = Medians.median(plain);
        double b = Medians.median(profiled);
        out.printf(Locale.ROOT, "%-36s %8.0f ms %8.0f ms %+8.1f%%   (spread: %.0f-%.0f vs %.0f-%.0f ms)%n", name, a, b,
            100 * (b / a - 1), Medians.min(plain), Medians.max(plain), Medians.min(profiled), Medians.max(profiled));
    }
}
