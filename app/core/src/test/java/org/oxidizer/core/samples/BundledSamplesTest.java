package org.oxidizer.core.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oxidizer.core.compare.Comparison;
import org.oxidizer.core.compare.MigrationRun;
import org.oxidizer.core.compare.Workload;
import org.oxidizer.core.profile.HotMethods;
import org.oxidizer.core.profile.Hotspot;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.target.AgentReport;
import org.oxidizer.core.target.AgentRequest;
import org.oxidizer.core.target.AttachedTarget;
import org.oxidizer.core.target.BundledJars;
import org.oxidizer.core.target.ChildJvm;
import org.oxidizer.core.target.ProfileUntil;
import org.oxidizer.core.target.TargetLauncher;
import org.oxidizer.core.task.Progress;
import org.oxidizer.kernels.catalog.KernelCatalog;

/**
 * Every bundled sample in a child JVM: a steady CPU profile of it (taken until it holds {@link #SAMPLES}
 * samples, however busy the machine) gives its expected frames at least their fixture's share, and the run
 * with its method swapped (after verification) gives the same checksum as the pure-Java run.
 */
class BundledSamplesTest {

    /** At 1 ms, about 3 s of the target's CPU: a share's sampling error is then under 1 point. */
    private static final long SAMPLES = 3_000;

    static List<BundledSamples.Sample> samples() {
        return BundledSamples.all();
    }

    @Test
    void everySampleNamesAKernelOfTheCatalog() {
        KernelCatalog catalog = KernelCatalog.bundled();
        assertFalse(samples().isEmpty());
        for (BundledSamples.Sample s : samples()) {
            assertTrue(catalog.find(s.kernelId()).isPresent(), s.id() + " names kernel " + s.kernelId());
            assertFalse(s.expectedHotspots().frames().isEmpty(), s.id() + " has an expected-hotspots fixture");
        }
    }

    /**
     * A heap that is all there, touched, from the start: otherwise the kernel zeroing pages as the heap grows
     * (clear_page_erms) takes from a fifth to a half of the first seconds' samples, differently on every run.
     */
    private static final List<String> PINNED_HEAP = List.of("-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch");

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void aSteadyProfileGivesTheExpectedFramesTheirShare(BundledSamples.Sample sample, @TempDir Path dir) throws Exception {
        ExpectedHotspots expected = sample.expectedHotspots();
        Profile profile;
        try (ChildJvm child = ChildJvm.start(sample.mainClass(), expected.runArgs(), PINNED_HEAP);
             AttachedTarget target = AttachedTarget.attach(child.pid(), BundledJars.agentJar())) {
            target.startProfiling("cpu", "1ms", null, null);
            profile = ProfileUntil.samples(target, SAMPLES, Duration.ofMinutes(3), dir.resolve("steady.collapsed"));
            target.stopProfiling();
        }
        Map<String, Double> share = HotMethods.byTotal(profile).stream()
            .collect(Collectors.toMap(Hotspot::frame, Hotspot::totalPercent, (a, b) -> a));
        String seen = expected.frames().stream().map(f -> String.format(Locale.ROOT, "%s %.1f%% (>= %.0f%%)",
            f.name(), share.getOrDefault(f.name(), 0.0), f.minTotalPercent())).collect(Collectors.joining(", "));
        String top = HotMethods.bySelf(profile).stream().limit(8)
            .map(h -> String.format(Locale.ROOT, "%s %.1f%%", h.frame(), h.selfPercent())).collect(Collectors.joining(", "));
        seen += "; hottest by self: " + top;
        System.out.printf("%s: %d samples: %s%n", sample.id(), profile.totalSamples(), seen);
        for (ExpectedHotspots.Frame frame : expected.frames()) {
            assertTrue(share.getOrDefault(frame.name(), 0.0) >= frame.minTotalPercent(),
                sample.id() + " over " + profile.totalSamples() + " samples: " + seen);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theSwapChangesNoAnswer(BundledSamples.Sample sample, @TempDir Path dir) throws Exception {
        Workload workload = sample.workload(true, List.of("-Xmx1g"));
        MigrationRun run = new MigrationRun(new TargetLauncher(BundledJars.agentJar()), AgentRequest.profileCpu());
        Comparison c = run.run(workload, 1, dir, Progress.NONE);
        assertTrue(c.identicalResults(), sample.id() + ": checksums " + c.before().get(0).checksum() + " vs " + c.after().get(0).checksum());
        AgentReport.SwapReport swap = c.after().get(0).agent().swaps().get(0);
        assertEquals("swapped", swap.mode(), sample.id() + ": " + swap);
        assertEquals(swap.verifiedCalls(), swap.identicalCalls());
        assertTrue(swap.calls() > 0, sample.id() + " was served by its kernel: " + swap);
    }
}
