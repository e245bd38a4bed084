package org.oxidizer.core.migrate;

import java.util.List;
import org.oxidizer.core.target.BundledJars;
import org.oxidizer.core.target.MethodSwap;
import org.oxidizer.core.target.TargetSpec;

/** The sample workloads that ship with the workbench. */
public final class BundledWorkloads {

    public static final String TEXT_AGGREGATION = "text-aggregation";
    /** Sized so that the demo (a pure-Java run and a swapped run) takes about a minute on 2 cores. */
    public static final int DEFAULT_TEXTS = 10_000_000;

    private BundledWorkloads() {
    }

    /**
     * 50,000 texts per call as the pipeline's default, but at least 20 calls: a swap is verified on the
     * method's first calls, so a small run needs enough of them to show the kernel serving.
     */
    static int batch(int texts) {
        return Math.max(100, Math.min(50_000, texts / 20));
    }

    /** The headline: a day of mixed Chinese/English log text, regex-extracted and aggregated per text. */
    public static Workload textAggregation(int texts, long seed, List<String> jvmOptions) {
        TargetSpec target = TargetSpec.mainClass(TEXT_AGGREGATION, "org.oxidizer.samples.textagg.TextAggregationPipeline",
            List.of(BundledJars.samplesJar()), List.of("--texts", Integer.toString(texts), "--seed", Long.toString(seed), "--batch", Integer.toString(batch(texts))))
            .withJvmOptions(jvmOptions);
        MethodSwap swap = new MethodSwap("org.oxidizer.samples.textagg.TextAggregation", "extractAndAggregate",
            "extract_and_aggregate");
        return new Workload(TEXT_AGGREGATION,
            texts + " log lines (Chinese + English): regex word/number extraction, per-text HashMap totals, JSON summary",
            target, List.of(swap));
    }
}
