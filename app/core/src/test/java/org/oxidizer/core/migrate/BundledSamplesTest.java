package org.oxidizer.core.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oxidizer.core.profile.HotMethods;
import org.oxidizer.core.profile.Hotspot;
import org.oxidizer.core.target.AgentReport;
import org.oxidizer.core.target.AgentRequest;
import org.oxidizer.core.target.BundledJars;
import org.oxidizer.core.target.TargetLauncher;
import org.oxidizer.core.task.Progress;
import org.oxidizer.kernels.catalog.KernelCatalog;

/**
 * Every bundled sample, profiled in a child JVM at its small size: its expected hotspots are among the
 * hottest frames, and the run with its method swapped (after verification) gives the same checksum.
 */
class BundledSamplesTest {

    /** Expected frames must rank within this many of the hottest Java frames by total share. */
    private static final int TOP = 25;

    static List<BundledSamples.Sample> samples() {
        return BundledSamples.all();
    }

    @Test
    void everySampleNamesAKernelOfTheCatalog() {
        KernelCatalog catalog = KernelCatalog.bundled();
        assertFalse(samples().isEmpty());
        for (BundledSamples.Sample s : samples()) {
            assertTrue(catalog.find(s.kernelId()).isPresent(), s.id() + " names kernel " + s.kernelId());
            assertFalse(s.expectedHotspots().isEmpty(), s.id() + " has an expected-hotspots fixture");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void profilesShowTheExpectedHotspotsAndTheSwapChangesNoAnswer(BundledSamples.Sample sample, @TempDir Path dir) throws Exception {
        Workload workload = sample.workload(true, List.of("-Xmx1g"));
        MigrationRun run = new MigrationRun(new TargetLauncher(BundledJars.agentJar()), AgentRequest.profileCpu());
        Comparison c = run.run(workload, 1, dir, Progress.NONE);
        // Short runs spend a good share in JIT compiler threads; the fixtures name Java frames.
        List<String> hottest = HotMethods.byTotal(c.before().get(0).profile()).stream()
            .filter(h -> h.frame().contains(".") && !h.frame().contains("::")).limit(TOP)
            .map(Hotspot::frame).collect(Collectors.toList());
        for (String expected : sample.expectedHotspots()) {
            assertTrue(hottest.contains(expected), sample.id() + ": " + expected + " not among the " + TOP + " hottest: " + hottest);
        }
        assertTrue(c.identicalResults(), sample.id() + ": checksums " + c.before().get(0).checksum() + " vs " + c.after().get(0).checksum());
        AgentReport.SwapReport swap = c.after().get(0).agent().swaps().get(0);
        assertEquals("swapped", swap.mode(), sample.id() + ": " + swap);
        assertEquals(swap.verifiedCalls(), swap.identicalCalls());
        assertTrue(swap.calls() > 0, sample.id() + " was served by its kernel: " + swap);
    }
}
