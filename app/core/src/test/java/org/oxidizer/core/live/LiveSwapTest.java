package org.oxidizer.core.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidizer.core.target.AttachedTarget;
import org.oxidizer.core.target.BundledJars;
import org.oxidizer.core.target.ChildJvm;
import org.oxidizer.core.target.NativeCrash;

/**
 * The swap engine on a real running JVM: capture live calls, verify kernels on them (a wrong kernel is
 * caught and refused), shadow, canary, swap and revert, all without restarting the target; and a kernel
 * that crashes the target leaves a one-sentence diagnosis pointing at the JVM's crash report.
 */
class LiveSwapTest {

    static final String METHOD = "org.oxidizer.samples.textagg.TextAggregation.extractAndAggregate(Ljava/util/List;)Ljava/util/List;";
    static final String KERNEL = "extract_and_aggregate";
    static final String WRONG = "seed_unicode_extract";

    /** The test kernels (a wrong one, a crashing one) as the agent's extra kernel path. */
    static String testKernels() throws URISyntaxException {
        Path classes = Path.of(LiveSwapTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return "kernels=" + classes + File.pathSeparator + classes.resolve("test-kernels");
    }

    @Test
    void verifiesOnCapturedCallsThenSwapsAndRevertsLive(@TempDir Path dir) throws Exception {
        try (ChildJvm child = ChildJvm.startBusy();
             AttachedTarget target = AttachedTarget.attach(child.pid(), BundledJars.agentJar(), testKernels())) {
            LiveSwaps swaps = new LiveSwaps(target.swapControl());
            IllegalStateException unverified = assertThrows(IllegalStateException.class,
                () -> swaps.swap(METHOD, KERNEL, Map.of(), false));
            assertTrue(unverified.getMessage().contains("has not been verified"), unverified.getMessage());

            swaps.observe(METHOD, 3, 0);
            RouteStatus observed = waitFor(swaps, RouteStatus::captureDone);
            assertEquals("observe", observed.mode());
            assertTrue(observed.captured() >= 1 && observed.callsPerSecond() > 0, observed.toString());
            assertTrue(observed.captureOverhead() >= 0 && observed.captureOverhead() < 10, "capture cost is measured: " + observed);

            Verification wrong = swaps.verify(METHOD, WRONG, Map.of(), 300);
            assertFalse(wrong.passed(), "the seed's Unicode \\w must be caught");
            assertEquals(observed.captured(), wrong.calls());
            assertNotNull(wrong.mismatch(), "the first differing call is shown");
            assertTrue(wrong.mismatch().where().startsWith("["), wrong.mismatch().where());
            assertTrue(wrong.mismatch().input().startsWith("["), "the input text of the differing item: " + wrong.mismatch().input());
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> swaps.swap(METHOD, WRONG, Map.of(), false));
            assertTrue(refused.getMessage().contains("failed verification"), refused.getMessage());

            Verification right = swaps.verify(METHOD, KERNEL, Map.of(), 300);
            assertTrue(right.passed(), String.valueOf(right.mismatch()));
            assertEquals(right.calls(), right.identical());
            assertTrue(right.measurement().available(), right.timing());
            assertTrue(right.speedup() > 0 && right.crossingNanos() > 0, right.toString());
            assertEquals(right.measurement().javaNanos().length, right.measurement().kernelNanos().length);
            assertTrue(right.measurement().warmupPasses() >= 1, right.timing());
            assertTrue(wrong.measurement().unavailable().contains("did not pass"), "no A/B on a kernel that disagrees");

            swaps.shadow(METHOD, WRONG, Map.of(), 2);
            RouteStatus shadowed = waitFor(swaps, s -> s.shadowCompared() >= 2);
            assertTrue(shadowed.shadowDisagreed() > 0 && !shadowed.shadowExamples().isEmpty(), shadowed.toString());
            assertEquals(0, shadowed.servedByKernel(), "a shadow never serves an answer");

            swaps.canary(METHOD, KERNEL, Map.of(), 50, false);
            RouteStatus canary = waitFor(swaps, s -> s.servedByKernel() >= 2);
            assertTrue(canary.calls() > canary.servedByKernel(), "Java still serves part of the calls: " + canary);

            swaps.swap(METHOD, KERNEL, Map.of(), false);
            swaps.swap(METHOD, KERNEL, Map.of(), false);
            long served = swaps.status(METHOD).servedByKernel();
            RouteStatus swapped = waitFor(swaps, s -> s.servedByKernel() >= served + 2);
            assertEquals("swapped", swapped.mode());
            assertEquals(0, swapped.fallbacks());

            // The kernel runs a fraction of each batch: on a machine busy with other work a 2 s profile can hold
            // none of its samples, so profiles are taken until one does (a few at most), never judged on one.
            LiveMigration loop = new LiveMigration(target, org.oxidizer.kernels.catalog.KernelCatalog.bundled());
            boolean rustFrames = false;
            for (int attempt = 0; attempt < 6 && !rustFrames; attempt++) {
                org.oxidizer.core.profile.Profile next = loop.profile(2, dir, org.oxidizer.core.task.Progress.NONE);
                rustFrames = org.oxidizer.core.profile.HotMethods.byTotal(next).stream()
                    .anyMatch(h -> h.frame().startsWith("oxidizer_kernels::"));
            }
            assertTrue(rustFrames, "a profile after the swap shows the Rust kernel's frames");

            assertTrue(swaps.revert(METHOD));
            assertFalse(swaps.revert(METHOD), "reverting twice is harmless");
            assertEquals(List.of(), swaps.methods());
            Thread.sleep(300);
            assertTrue(child.isAlive(), "the target keeps running on its Java method");
        }
    }

    @Test
    void aKernelThatCrashesTheTargetIsDiagnosedFromItsCrashReport(@TempDir Path dir) throws Exception {
        try (ChildJvm child = ChildJvm.startBusy("-XX:ErrorFile=" + dir.resolve("hs_err_pid%p.log"), "-XX:-CreateCoredumpOnCrash")) {
            List<Path> places = NativeCrash.reportLocations(child.pid());
            try (AttachedTarget target = AttachedTarget.attach(child.pid(), BundledJars.agentJar(), testKernels())) {
                LiveSwaps swaps = new LiveSwaps(target.swapControl());
                swaps.observe(METHOD, 0, 0);
                swaps.swap(METHOD, "crash_in_native_code", Map.of(), true);
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
            }
            assertFalse(child.isAlive(), "the forced crashing kernel took the target down");
            NativeCrash crash = NativeCrash.find(places).orElseThrow();
            String sentence = crash.describe(child.pid());
            assertTrue(sentence.contains("SIGSEGV"), sentence);
            assertTrue(crash.report().startsWith(dir), sentence);
        }
    }

    static RouteStatus waitFor(LiveSwaps swaps, Predicate<RouteStatus> condition) throws InterruptedException {
        long deadline = System.nanoTime() + 90_000_000_000L;
        RouteStatus status = swaps.status(METHOD);
        while (!condition.test(status)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting; last status " + status);
            }
            Thread.sleep(100);
            status = swaps.status(METHOD);
        }
        return status;
    }
}
