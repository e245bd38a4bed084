package org.oxidizer.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.oxidizer.core.bench.Medians;
import org.oxidizer.core.bench.ScratchDirectory;
import org.oxidizer.core.migrate.BundledWorkloads;
import org.oxidizer.core.target.AgentRequest;
import org.oxidizer.core.target.BundledJars;
import org.oxidizer.core.target.TargetLauncher;
import org.oxidizer.core.target.TargetRun;
import org.oxidizer.core.target.TargetSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** What profiling costs the target: the headline sample without any agent vs profiled, alternating runs. */
@Command(name = "profiler", mixinStandardHelpOptions = true,
    description = "Profiler overhead on the headline sample: no agent vs agent profiling (cpu), median of repeated runs.")
final class ProfilerOverheadBench implements Callable<Integer> {

    @Option(names = "--texts", description = "Corpus size (default: ${DEFAULT-VALUE}).")
    int texts = 3_000_000;

    @Option(names = "--runs", description = "Runs per side (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--interval", description = "Profiler interval (default: async-profiler's, 10ms for cpu).")
    String interval;

    @Override
    public Integer call() throws Exception {
        TargetSpec spec = BundledWorkloads.textAggregation(texts, 42, List.of("-Xmx1g")).target();
        TargetLauncher launcher = new TargetLauncher(BundledJars.agentJar());
        try (ScratchDirectory scratch = new ScratchDirectory("oxidizer-bench-")) {
            return measure(spec, launcher, scratch.path());
        }
    }

    private int measure(TargetSpec spec, TargetLauncher launcher, Path dir) throws Exception {
        double[][] plain = new double[2][runs];
        double[][] profiled = new double[2][runs];
        ConsoleProgress progress = ConsoleProgress.onStderr();
        for (int i = 0; i < runs; i++) {
            boolean plainFirst = i % 2 == 0;
            for (int side = 0; side < 2; side++) {
                boolean isPlain = (side == 0) == plainFirst;
                progress.report((isPlain ? "no agent" : "profiling") + " run " + (i + 1), (2.0 * i + side) / (2 * runs));
                TargetRun run = launcher.run(spec.withName(isPlain ? "no agent" : "profiled"),
                    isPlain ? null : new AgentRequest("cpu", interval, false, List.of()), dir.resolve("run"), org.oxidizer.core.task.Progress.NONE);
                if (!run.succeeded()) {
                    progress.done();
                    System.err.println("oxidizer: a run failed: " + run.lastWords());
                    return 1;
                }
                double[][] into = isPlain ? plain : profiled;
                into[0][i] = run.measurement().wallMillis();
                into[1][i] = Double.parseDouble(run.reported().get("wallMillis"));
            }
        }
        progress.done();
        System.out.printf(Locale.ROOT, "headline sample, %d texts, -Xmx1g, %d runs per side, alternating%n", texts, runs);
        System.out.printf(Locale.ROOT, "%-36s %10s %10s %9s%n", "median wall time", "no agent", "profiled", "overhead");
        row("process (launch to exit)", plain[0], profiled[0]);
        row("workload (timed by the sample)", plain[1], profiled[1]);
        return 0;
    }

    private static void row(String name, double[] plain, double[] profiled) {
        double a = Medians.median(plain);
        double b = Medians.median(profiled);
        System.out.printf(Locale.ROOT, "%-36s %8.0f ms %8.0f ms %+8.1f%%   (spread: %.0f-%.0f vs %.0f-%.0f ms)%n", name, a, b,
            100 * (b / a - 1), Medians.min(plain), Medians.max(plain), Medians.min(profiled), Medians.max(profiled));
    }
}
