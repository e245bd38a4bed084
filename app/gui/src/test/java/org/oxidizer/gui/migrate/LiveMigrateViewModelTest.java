package org.oxidizer.gui.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidizer.core.profile.CollapsedStacksImporter;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.samples.BundledSamples;
import org.oxidizer.core.target.ProfileResult;
import org.oxidizer.core.target.Target;
import org.oxidizer.core.task.CurrentThreadTaskExecutor;
import org.oxidizer.gui.model.Workbench;

/** The live loop's states, on a fake session: what each result enables, and what a dead target leaves. */
class LiveMigrateViewModelTest {

    @TempDir
    Path dir;

    private final Workbench workbench = new Workbench();
    private final FakeLiveSession fake = new FakeLiveSession();
    private final List<Runnable> ticking = new ArrayList<>();
    private final List<Target> opened = new ArrayList<>();
    private final List<List<java.nio.file.Path>> openedWith = new ArrayList<>();
    private final LiveMigrateViewModel model = new LiveMigrateViewModel(workbench, new CurrentThreadTaskExecutor(),
        (target, runDir, progress, jars) -> {
            opened.add(target);
            openedWith.add(jars);
            return fake;
        }, Runnable::run, (millis, job) -> {
            ticking.add(job);
            return () -> ticking.remove(job);
        }, kind -> dir.resolve(kind));

    private void connect() {
        workbench.chooseTarget(Target.attach(4242, "TextAggregationPipeline"));
        assertEquals("Attach and profile", model.commands().connectLabelProperty().get());
        model.connect();
    }

    private void tick() {
        new ArrayList<>(ticking).forEach(Runnable::run);
    }

    @Test
    void startsFromTheProfileAlreadyTakenAndLaunchesOnlyToVerify() throws Exception {
        Target sample = Target.sample(BundledSamples.headline(1000, 42, List.of()));
        workbench.chooseTarget(sample);
        Profile profile = new CollapsedStacksImporter().read("p", new BufferedReader(new StringReader(
            "[main tid=1];org/oxidizer/samples/textagg/TextAggregationPipeline.main;"
                + "org/oxidizer/samples/textagg/TextAggregation.extractAndAggregate;java/util/regex/Matcher.find 90\n"
                + "[main tid=1];org/oxidizer/samples/textagg/TextAggregationPipeline.main 10\n")));
        workbench.profiled(new ProfileResult(profile, "cpu", List.of(), List.of(), "exited with code 0"));

        assertFalse(model.candidates().isEmpty(), "the candidates are there at once, read from the class path");
        assertEquals(FakeLiveSession.KEY, model.selectedProperty().get().key());
        assertTrue(model.selectedProperty().get().replaceable());
        assertFalse(model.connectedProperty().get());
        assertTrue(opened.isEmpty(), "nothing launched or attached to list them");
        assertTrue(model.messageProperty().get().startsWith("from the profile you took"), model.messageProperty().get());
        assertTrue(model.commands().canVerifyProperty().get());
        assertFalse(model.commands().canSwapProperty().get() || model.commands().canShadowProperty().get());

        model.verify();
        assertEquals(List.of(sample), opened, "verifying launches the target, once");
        assertTrue(model.connectedProperty().get());
        assertTrue(model.currentProperty().get().verification().passed());
        assertTrue(model.commands().canSwapProperty().get());
    }

    @Test
    void listsTheCandidatesAndSelectsTheFirstAKernelCanReplace() {
        connect();
        assertTrue(model.connectedProperty().get());
        assertEquals("Profile again", model.commands().connectLabelProperty().get());
        assertEquals(3, model.candidates().size());
        assertEquals(FakeLiveSession.KEY, model.selectedProperty().get().key());
        assertTrue(model.commands().canVerifyProperty().get());
        assertFalse(model.commands().canSwapProperty().get(), "no swap before a verification");
        assertTrue(model.commands().canForceSwapProperty().get());
        assertEquals("— no kernel for the method's shape", model.candidates().get(1).kernelOrWhyNot());

        model.select(model.candidates().get(1));
        assertFalse(model.commands().canVerifyProperty().get(), "nothing to verify without a kernel");
        assertFalse(model.commands().canForceSwapProperty().get());
    }

    @Test
    void aHotMethodNoKernelReplacesOffersToWriteOne() {
        connect();
        assertFalse(model.commands().canWriteKernelProperty().get(), "the catalog's kernel covers the first one");
        model.select(model.candidates().get(1));
        assertFalse(model.commands().canWriteKernelProperty().get(), "its class file was not found: its shape is unknown");
        model.select(model.candidates().get(2));
        assertTrue(model.commands().canWriteKernelProperty().get());
        assertFalse(model.commands().canVerifyProperty().get());
        model.writeKernel();
        assertTrue(fake.calls.contains("kernel new wordFrequencies"), fake.calls::toString);
        String said = model.kernelProjectProperty().get();
        assertTrue(said.startsWith("Wrote a kernel project for Map<String, Integer> wordFrequencies(List<String>) in\n"), said);
        assertTrue(said.contains("oxidizer kernel build ."), said);
        assertTrue(said.contains("oxidizer capture --pid 4242 --method org.oxidizer.samples.wordfreq.WordFrequency.wordFrequencies"),
            said);
        model.select(model.candidates().get(0));
        assertEquals("", model.kernelProjectProperty().get(), "what was written belongs to the method it was written for");
    }

    @Test
    void aKernelJarOfOnesOwnIsLoadedIntoTheNextSessionAndIntoAnOpenOne() throws Exception {
        java.nio.file.Path jar = java.nio.file.Files.createFile(dir.resolve("own-kernel.jar"));
        model.addKernelJar(jar);
        assertEquals(List.of(jar), model.kernelJars());
        connect();
        assertEquals(List.of(List.of(jar)), openedWith, "the session opens with it");
        java.nio.file.Path second = java.nio.file.Files.createFile(dir.resolve("second-kernel.jar"));
        model.addKernelJar(second);
        assertTrue(fake.calls.contains("add kernels [" + second + "]"), fake.calls::toString);
        assertEquals(List.of(jar, second), model.kernelJars());
        model.addKernelJar(dir.resolve("missing.jar"));
        assertEquals("There is no kernel jar " + dir.resolve("missing.jar"), model.errorProperty().get());
        assertEquals(2, model.kernelJars().size());
    }

    @Test
    void onlyAPassingVerificationEnablesTheSwap() {
        connect();
        fake.nextVerification = FakeLiveSession.verification(false);
        model.verify();
        LiveMethod failed = model.currentProperty().get();
        assertNotNull(failed.verification().mismatch(), "the first mismatch is there to show side by side");
        assertFalse(model.commands().canSwapProperty().get());
        assertTrue(model.commands().canForceSwapProperty().get());
        assertEquals("unsafe", model.candidates().get(0).verdict());
        model.swap();
        assertFalse(fake.calls.contains("swap"), "a swap without a passing verification is not even asked for");

        fake.nextVerification = FakeLiveSession.verification(true);
        model.verify();
        assertTrue(model.commands().canSwapProperty().get());
        assertFalse(model.commands().canForceSwapProperty().get(), "nothing to force once verified");
        assertTrue(model.commands().canCanaryProperty().get());
        assertEquals("migrate, strongly", model.candidates().get(0).verdict());
        assertTrue(model.currentProperty().get().advice().predictedSpeedup() > 1);

        model.swap();
        assertEquals("swap", fake.calls.get(fake.calls.size() - 1));
        assertTrue(model.currentProperty().get().swapped());
        assertFalse(model.currentProperty().get().forced());
        assertFalse(model.commands().canSwapProperty().get(), "already swapped");
        assertTrue(model.commands().canRevertProperty().get());
        assertEquals("live: swapped", model.headlineProperty().get());

        fake.callsArrive(40);
        tick();
        assertEquals(41, model.currentProperty().get().kernelCalls(), "the counter follows the kernel's calls");
        assertEquals(0, model.currentProperty().get().javaCalls());
        assertTrue(LiveText.counters(model.currentProperty().get()).contains("kernel 41"));
    }

    @Test
    void aForcedSwapIsFlaggedUnverified() {
        connect();
        model.forceSwap();
        assertEquals(List.of("profile 5", "force swap"), fake.calls);
        assertTrue(model.currentProperty().get().forced());
        assertTrue(model.messageProperty().get().startsWith("SWAPPED UNVERIFIED (forced)"), model.messageProperty().get());
        assertEquals("live: SWAPPED UNVERIFIED", model.headlineProperty().get());
    }

    @Test
    void aRevertBringsJavaBackAndAsksForANewVerification() {
        connect();
        model.verify();
        model.swap();
        model.revert();
        LiveMethod m = model.currentProperty().get();
        assertFalse(m.woven());
        assertFalse(m.passed(), "the agent forgot the verification");
        assertNotNull(m.verification(), "but it is still there to read");
        assertFalse(model.commands().canSwapProperty().get());
        assertTrue(model.commands().canVerifyProperty().get());
        assertFalse(model.commands().canRevertProperty().get());
        assertTrue(model.messageProperty().get().startsWith("reverted"), model.messageProperty().get());
    }

    @Test
    void shadowAndCanaryChangeTheRoute() {
        connect();
        model.shadow();
        assertEquals("shadow", model.currentProperty().get().mode());
        assertFalse(model.commands().canCanaryProperty().get(), "a canary needs a passing verification");
        model.verify();
        model.canary();
        assertEquals("canary 10", fake.calls.get(fake.calls.size() - 1));
        assertEquals("canary", model.currentProperty().get().mode());
        assertFalse(model.commands().canVerifyProperty().get(), "while the kernel serves calls, none can be captured");
    }

    @Test
    void aTargetThatDiesLeavesItsSentenceAndWhatWasRecorded() {
        connect();
        model.verify();
        model.swap();
        fake.alive = false;
        tick();
        assertEquals(fake.deathSentence(), model.errorProperty().get());
        assertFalse(model.connectedProperty().get());
        assertTrue(fake.closed);
        assertEquals(3, model.candidates().size(), "the candidates are kept");
        assertTrue(model.currentProperty().get().verification().passed(), "the verification is kept");
        assertFalse(model.commands().canSwapProperty().get() || model.commands().canRevertProperty().get() || model.commands().canVerifyProperty().get());
        assertTrue(ticking.isEmpty(), "nothing polls a dead target");
        assertEquals("live: target gone", model.headlineProperty().get());
    }

    @Test
    void aTargetThatDiesDuringAVerificationSaysHow() {
        connect();
        fake.dieOnVerify = true;
        model.verify();
        assertTrue(model.errorProperty().get().contains("SIGSEGV") && model.errorProperty().get().contains("hs_err_pid4242"),
            model.errorProperty().get());
        assertFalse(model.connectedProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(3, model.candidates().size());
    }

    @Test
    void choosingAnotherTargetEndsTheSession() {
        connect();
        workbench.chooseTarget(Target.file("x.collapsed"));
        assertTrue(fake.closed);
        assertTrue(model.candidates().isEmpty());
        assertFalse(model.commands().canConnectProperty().get(), "a profile file has no JVM to swap in");
    }
}
