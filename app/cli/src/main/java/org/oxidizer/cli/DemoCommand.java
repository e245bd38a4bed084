package org.oxidizer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.oxidizer.core.compare.Comparison;
import org.oxidizer.core.compare.MigrationFailedException;
import org.oxidizer.core.compare.MigrationRun;
import org.oxidizer.core.compare.Workload;
import org.oxidizer.core.report.Environment;
import org.oxidizer.core.report.MigrationReport;
import org.oxidizer.core.report.PdfExport;
import org.oxidizer.core.report.ReportExporter;
import org.oxidizer.core.report.RunCommand;
import org.oxidizer.core.samples.BundledSamples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The whole loop on the headline sample: pure Java, then kernel-swapped, both profiled, then the report. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the text-aggregation sample before (pure Java) and after (hot method swapped for the Rust kernel),"
        + " profile both, print the comparison and write report.html, report.md and report.json.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--texts", description = "Corpus size in log lines (default: ${DEFAULT-VALUE}, about a minute here).")
    int texts = BundledSamples.DEFAULT_TEXTS;

    @Option(names = "--seed", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--runs", description = "Runs per side, the sides alternating; figures are medians with their min-max"
        + " (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    @Option(names = "--interval", description = "Profiler sampling interval, e.g. 10ms (default: async-profiler's).")
    String interval;

    @Option(names = "--jvm-option", paramLabel = "OPTION",
        description = "A JVM option for both runs of the sample; repeat for several (default: ${DEFAULT-VALUE}).")
    List<String> jvmOptions = new java.util.ArrayList<>(List.of("-Xmx1g"));

    @Option(names = "--out", description = "Output folder (default: ./oxidizer-out/<timestamp>/).")
    Path out;

    @Option(names = "--sample", paramLabel = "ID",
        description = "Another bundled sample instead of the headline (its default size; --texts and --seed apply to text-aggregation only). `oxidizer kernels` names the kernels; the ids are in samples' index.tsv: count-primes, sobel, fast-sum, ...")
    String sample;

    @Option(names = "--small", description = "With --sample: its small size (a few seconds), as the tests run it.")
    boolean small;

    @Option(names = "--nativemem", paramLabel = "BYTES", arity = "0..1", fallbackValue = "0",
        description = "Also record native memory (malloc/free) in both runs, a malloc about every BYTES (e.g. 256k; alone: every"
            + " malloc): the report shows the after-run's native memory by kernel next to its peak RSS. It slows malloc-heavy"
            + " runs, so the headline figures are taken without it.")
    String nativemem;

    @Option(names = "--pdf", description = "Also print report.html to report.pdf with headless Chromium.")
    boolean pdf;

    @Override
    public Integer call() throws Exception {
        PrintStream stdout = System.out;
        Path outDir = OutputFolder.orDefault(out);
        Workload workload = sample == null ? BundledSamples.headline(texts, seed, jvmOptions)
            : BundledSamples.byId(sample).workload(small, jvmOptions);
        stdout.println("Oxidizer demo: " + workload.description());
        workload.swaps().forEach(s -> stdout.println("  after run swaps " + s.method() + " -> kernel " + s.kernelId()));
        ConsoleProgress progress = ConsoleProgress.onStderr();
        MigrationRun run = MigrationRun.withBundledAgent(interval, nativemem);
        Comparison comparison;
        String failure = null;
        try {
            String prepared = run.prepare(workload, outDir, progress);
            if (!prepared.isEmpty()) {
                progress.done();
                stdout.println(prepared);
            }
            comparison = run.run(workload, runs, outDir, progress);
        } catch (MigrationFailedException e) {
            progress.done();
            failure = e.getMessage();
            comparison = e.partial();
            System.err.println("oxidizer: demo failed: " + failure);
            if (comparison == null) {
                return 1;
            }
        }
        progress.done();
        MigrationReport report = new MigrationReport(comparison, Environment.current(), Instant.now(), command(), failure);
        new DemoPrinter(stdout).print(report);
        List<Path> files = new ArrayList<>(ReportExporter.allFormats().export(report, outDir));
        if (pdf) {
            try {
                files.add(PdfExport.write(files.get(0)));
            } catch (IOException e) {
                System.err.println("oxidizer: no PDF: " + e.getMessage());
            }
        }
        stdout.println();
        files.forEach(f -> stdout.println("wrote " + f.toAbsolutePath()));
        return failure == null ? 0 : 1;
    }

    /** Every option that changes the numbers, so the line reproduces them. */
    private String command() {
        StringBuilder cmd = new StringBuilder(sample == null ? "./oxidizer demo --texts " + texts + " --seed " + seed + " --runs " + runs
            : "./oxidizer demo --sample " + sample + (small ? " --small" : "") + " --runs " + runs);
        if (interval != null) {
            cmd.append(" ").append(RunCommand.quote("--interval=" + interval));
        }
        if (nativemem != null) {
            cmd.append(" --nativemem=").append(nativemem);
        }
        jvmOptions.forEach(o -> cmd.append(" ").append(RunCommand.quote("--jvm-option=" + o)));
        return cmd.toString();
    }
}
