package org.oxidizer.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidizer.core.target.AgentRequest;
import org.oxidizer.core.target.BundledJars;
import org.oxidizer.core.target.TargetLauncher;
import org.oxidizer.core.target.TargetRun;
import org.oxidizer.core.target.TargetSpec;
import org.oxidizer.core.task.Progress;

/** async-profiler's reader and the JDK's must see the same samples in a recording async-profiler made. */
class AsyncProfilerJfrImporterTest {

    @Test
    void bothReadersAgreeOnARealRecording(@TempDir Path dir) throws Exception {
        TargetSpec sample = TargetSpec.mainClass("sample", "org.oxidizer.samples.textagg.TextAggregationPipeline",
            List.of(BundledJars.samplesJar()), List.of("--texts", "150000")).withJvmOptions(List.of("-Xmx256m"));
        TargetRun run = new TargetLauncher(BundledJars.agentJar())
            .run(sample, new AgentRequest("cpu", "1ms", true, List.of()), dir, Progress.NONE);
        assertEquals(0, run.exitCode());
        Path jfr = dir.resolve("profile.jfr");
        assertTrue(AsyncProfilerJfrImporter.recognizes(jfr));

        Profile fast = new JfrImporter().read(jfr, JfrImporter.Kind.CPU);
        Profile jdk = new JfrImporter().readWithJdk(jfr, JfrImporter.Kind.CPU);
        assertTrue(fast.totalSamples() > 100, "samples: " + fast.totalSamples());
        assertEquals(jdk.totalSamples(), fast.totalSamples());
        assertEquals(totals(jdk), totals(fast), "every frame has the same total in both");
        assertEquals(ThreadViews.threads(jdk).size(), ThreadViews.threads(fast).size());
        assertTrue(totals(fast).containsKey("org.oxidizer.samples.textagg.TextAggregation.extractAndAggregate"));

        // The time line: the same events in time from both readers; its ranges add up to the whole.
        Timeline line = new JfrImporter().timeline(jfr, JfrImporter.Kind.CPU);
        Timeline jdkLine = new JfrImporter().readWithJdk(jfr, JfrImporter.Kind.CPU, true);
        assertTrue(line.hasTimes());
        assertEquals(fast.totalSamples(), line.events());
        assertEquals(fast.totalSamples(), line.whole().totalSamples());
        assertEquals(jdk.totalSamples(), jdkLine.events());
        long third = line.durationNanos() / 3;
        assertEquals(line.events(), line.between(0, third).totalSamples() + line.between(third, 2 * third).totalSamples()
            + line.between(2 * third, Long.MAX_VALUE).totalSamples());
        long shift = jdkLine.startEpochNanos() - line.startEpochNanos();
        for (long cut : new long[] {third, 2 * third}) {
            long a = line.between(0, cut).totalSamples();
            long b = jdkLine.between(0, cut - shift).totalSamples();
            assertTrue(Math.abs(a - b) <= 2, "both readers place the events alike: " + a + " and " + b + " before " + cut);
        }
        assertEquals(line.events(), java.util.Arrays.stream(line.lanes(100, 4).total()).sum());
    }

    private static Map<String, Long> totals(Profile p) {
        return HotMethods.byTotal(p).stream().collect(Collectors.toMap(Hotspot::frame, Hotspot::totalSamples));
    }
}
