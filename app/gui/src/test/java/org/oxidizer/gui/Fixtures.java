package org.oxidizer.gui;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.oxidizer.core.compare.Comparison;
import org.oxidizer.core.compare.Workload;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.core.measure.RunMeasurement;
import org.oxidizer.core.profile.CollapsedStacksImporter;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.samples.BundledSamples;
import org.oxidizer.core.stats.ABMeasurement;
import org.oxidizer.core.target.AgentReport;
import org.oxidizer.core.target.TargetRun;

/** Small profiles and runs shaped like the headline sample's, for view model tests. */
public final class Fixtures {

    public static final String HOT = "org.oxidizer.samples.textagg.TextAggregation.extractAndAggregate";

    private Fixtures() {
    }

    /** Before: extractAndAggregate spends its time in regex and HashMap; GC and JIT run beside it. */
    public static Profile before() {
        return collapsed("before", """
            [main tid=1];org/oxidizer/samples/textagg/TextAggregationPipeline.main;org/oxidizer/samples/textagg/TextAggregation.extractAndAggregate;java/util/regex/Matcher.find 50
            [main tid=1];org/oxidizer/samples/textagg/TextAggregationPipeline.main;org/oxidizer/samples/textagg/TextAggregation.extractAndAggregate;java/util/HashMap.merge 20
            [main tid=1];org/oxidizer/samples/textagg/TextAggregationPipeline.main;org/oxidizer/samples/textagg/CorpusGenerator.next 10
            [GC Thread#0 tid=7];start_thread;G1ParScanThreadState::trim_queue_to_threshold 15
            [C2 CompilerThread0 tid=9];start_thread;C2Compiler::compile_method 5
            """);
    }

    /** After: the kernel's Rust frames appeared; the regex frames are gone. */
    public static Profile after() {
        return collapsed("after", """
            [main tid=1];org/oxidizer/samples/textagg/TextAggregationPipeline.main;org/oxidizer/samples/textagg/TextAggregation.extractAndAggregate;oxidizer_kernels::aggregate::count_chunk 15
            [main tid=1];org/oxidizer/samples/textagg/TextAggregationPipeline.main;org/oxidizer/samples/textagg/CorpusGenerator.next 10
            [GC Thread#0 tid=7];start_thread;G1ParScanThreadState::trim_queue_to_threshold 5
            """);
    }

    public static Profile collapsed(String source, String text) {
        try {
            return new CollapsedStacksImporter().read(source, new BufferedReader(new StringReader(text)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Comparison comparison() {
        Workload workload = BundledSamples.headline(1000, 42, List.of());
        return new Comparison(workload, List.of(run(workload, before(), 4000, "abc")), List.of(run(workload, after(), 2000, "abc")));
    }

    private static TargetRun run(Workload workload, Profile profile, long wallMillis, String checksum) {
        List<ProcSample> series = List.of(new ProcSample(100, 50L << 20, 50L << 20, 10_000_000, 12, 100),
            new ProcSample(200, 80L << 20, 80L << 20, 30_000_000, 14, 200));
        AgentReport agent = new AgentReport("cpu", null, null,
            List.of(new AgentReport.SwapReport(HOT + "(Ljava/util/List;)Ljava/util/List;", "extract_and_aggregate", "swapped",
                true, 80, 0, 83, 3, 3, null, new ABMeasurement(new long[] {30_000_000, 30_100_000, 29_900_000, 30_000_000,
                    30_050_000, 29_950_000}, new long[] {6_700_000, 6_690_000, 6_710_000, 6_700_000, 6_705_000, 6_695_000}, 3,
                    true, 2, 1_000_000_000L, 950_000_000L, null), 0, 0, new long[0], 0, 0, 0, null)), 0, 0);
        return new TargetRun(workload.target(), 0, new RunMeasurement(wallMillis, wallMillis * 1_000_000, 80L << 20, 14, series),
            Map.of("checksum", checksum, "hotMillis", Long.toString(wallMillis / 2)), agent, profile, List.of());
    }
}
