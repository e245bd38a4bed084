package org.oxidizer.core.kernelgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidizer.agent.api.Facts;
import org.oxidizer.agent.api.RouteKeys;
import org.oxidizer.agent.api.SwapControlMXBean;
import org.oxidizer.agent.api.VerificationKeys;
import org.oxidizer.core.profile.JfrImporter;
import org.oxidizer.core.profile.NativeMemory;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.target.AttachedTarget;
import org.oxidizer.core.target.BundledJars;
import org.oxidizer.core.target.ChildJvm;
import org.oxidizer.core.target.ProfileSettings;
import org.oxidizer.core.target.Profiling;
import org.oxidizer.core.task.Progress;
import org.oxidizer.core.task.StopSignal;

/**
 * A kernel that leaks: its answers are right, so it verifies and is swapped in, but every call keeps 64 KiB it never
 * frees. A native-memory profile of the running target shows those bytes as still held, on stacks through the kernel's
 * own Rust frames, and the native-memory summary names the kernel as their owner.
 */
class LeakingKernelTest {

    private static final int LEAK = 64 * 1024;

    @Test
    void aLeakIsShownWithTheKernelsRustStack(@TempDir Path tmp) throws Exception {
        KernelProject project = OwnKernelTest.writtenAndFilled(tmp.resolve("kernel"));
        Path body = tmp.resolve("kernel/native/src/kernel.rs");
        String leaking = Files.readString(body).replace("pub fn word_frequencies(lines: &Texts) -> Vec<(Vec<u16>, i32)> {",
            "pub fn word_frequencies(lines: &Texts) -> Vec<(Vec<u16>, i32)> {\n    leak_a_little();");
        Files.writeString(body, leaking + "\n#[inline(never)]\nfn leak_a_little() {\n    std::mem::forget(vec![1u8; " + LEAK + "]);\n}\n");
        KernelBuild.Result built = KernelBuild.build(project, Progress.NONE);
        KernelPlan plan = KernelPlan.of(OwnKernelTest.sampleClass(OwnKernelTest.CLASS), OwnKernelTest.METHOD, null);

        try (ChildJvm child = ChildJvm.start("org.oxidizer.samples.wordfreq.WordFrequencyWorkload",
                List.of("--lines", "3000", "--rounds", "100000000"), List.of("-Xmx256m"));
             AttachedTarget target = AttachedTarget.attach(child.pid(), BundledJars.agentJar())) {
            SwapControlMXBean control = target.swapControl();
            control.addKernels(built.jar().toString());
            String key = plan.methodKey();
            control.observe(key, 3, 0);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!Facts.parse(control.status(key)).flag(RouteKeys.CAPTURE_DONE) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Facts verified = Facts.parse(control.verify(key, plan.id(), "", 100));
            assertTrue(verified.flag(VerificationKeys.PASSED), "a leak does not change an answer: " + verified);
            control.swap(key, plan.id(), "", false);

            Profiling.Attached run = Profiling.profileAttached(target, new ProfileSettings("nativemem", null, 3, true),
                tmp.resolve("profile"), Progress.NONE, new StopSignal());
            assertTrue(!run.died() && child.isAlive(), run.note());
            long served = Facts.parse(control.status(key)).number(RouteKeys.TIMING_KERNEL + RouteKeys.TIMED_CALLS);
            assertTrue(served >= 1, "the kernel served while it was profiled");

            Path jfr = tmp.resolve("profile").resolve("profile.jfr");
            Profile held = new JfrImporter().read(jfr, JfrImporter.Kind.LEAKS);
            long throughKernel = 0;
            for (int s = 0; s < held.stacks().size(); s++) {
                for (int id : held.stacks().get(s)) {
                    if (held.frame(id).startsWith(plan.crate() + "::")) {
                        throughKernel += held.counts()[s];
                        break;
                    }
                }
            }
            assertTrue(throughKernel >= LEAK, "bytes held through the kernel's Rust frames: " + throughKernel);
            NativeMemory memory = NativeMemory.of(jfr).orElseThrow();
            NativeMemory.Owner owner = memory.owners().stream().filter(o -> o.name().equals(NativeMemory.KERNEL + plan.crate() + "::kernel"))
                .findFirst().orElseThrow(() -> new AssertionError("the kernel owns its leak: " + memory.owners()));
            assertTrue(owner.held() >= LEAK && owner.held() <= owner.mallocd(), owner.toString());
            assertTrue(owner.held() <= memory.kernels().held(), "the kernels' total holds it: " + memory.kernels());
        }
    }
}
