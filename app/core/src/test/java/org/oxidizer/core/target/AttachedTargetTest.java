package org.oxidizer.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidizer.core.profile.CollapsedStacksImporter;
import org.oxidizer.core.profile.HotMethods;
import org.oxidizer.core.profile.Hotspot;
import org.oxidizer.core.profile.JfrImporter;
import org.oxidizer.core.profile.Profile;

/** Attaching to a real running JVM: profile it without restarting it, twice, and leave it running. */
class AttachedTargetTest {

    private static final String HOT = "org.oxidizer.samples.textagg.TextAggregation.extractAndAggregate";

    @Test
    void profilesARunningJvmTwiceAndLeavesItRunning(@TempDir Path dir) throws Exception {
        try (ChildJvm child = ChildJvm.startBusy()) {
            assertTrue(LocalJvms.list().stream().anyMatch(j -> j.pid() == child.pid()
                && j.mainClass().endsWith("TextAggregationPipeline")), "listed like jcmd -l: " + LocalJvms.list());
            for (int round = 1; round <= 2; round++) {
                Path jfr = dir.resolve("round" + round + ".jfr");
                Path collapsed = dir.resolve("round" + round + ".collapsed");
                try (AttachedTarget target = AttachedTarget.attach(child.pid(), BundledJars.agentJar())) {
                    String event = target.startProfiling("cpu", "1ms", jfr, null);
                    assertTrue(event.equals("cpu") || event.equals("itimer"), event);
                    assertTrue(target.status().startsWith("profiling " + event), target.status());
                    ProfileUntil.samples(target, 300, Duration.ofSeconds(90), collapsed);
                    target.stopProfiling();
                    assertEquals("idle", target.status());
                    assertTrue(target.heap().getUsed() > 0);
                    assertTrue(collectsWithin(target, Duration.ofSeconds(30)), "a busy pipeline collects garbage");
                }
                assertHot(new CollapsedStacksImporter().read(collapsed));
                assertHot(new JfrImporter().read(jfr, JfrImporter.Kind.CPU));
                assertTrue(child.isAlive(), "the target keeps running after round " + round);
            }
        }
    }

    @Test
    void aSecondStartWhileProfilingIsRefusedPlainly(@TempDir Path dir) throws Exception {
        try (ChildJvm child = ChildJvm.startBusy();
             AttachedTarget target = AttachedTarget.attach(child.pid(), BundledJars.agentJar())) {
            target.startProfiling("wall", null, null, null);
            java.io.IOException e = assertThrows(java.io.IOException.class, () -> target.startProfiling("cpu", null, null, null));
            assertTrue(e.getMessage().contains("already profiling wall"), e.getMessage());
            target.stopProfiling();
        }
    }

    @Test
    void aDeadPidIsSaidPlainly() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        AttachRefusedException e = assertThrows(AttachRefusedException.class,
            () -> AttachedTarget.attach(gone.pid(), BundledJars.agentJar()));
        assertEquals("No process with pid " + gone.pid() + " is running.", e.getMessage());
    }

    @Test
    void aJvmThatDisablesAttachIsSaidPlainly() throws Exception {
        try (ChildJvm child = ChildJvm.startBusy("-XX:+DisableAttachMechanism")) {
            AttachRefusedException e = assertThrows(AttachRefusedException.class,
                () -> AttachedTarget.attach(child.pid(), BundledJars.agentJar()));
            assertTrue(e.getMessage().startsWith("JVM " + child.pid() + " was started with -XX:+DisableAttachMechanism"),
                e.getMessage());
            assertTrue(child.isAlive());
        }
    }

    @Test
    void aProcessThatIsNotAJvmIsSaidPlainly() throws Exception {
        Process sleep = new ProcessBuilder("sleep", "30").start();
        try {
            AttachRefusedException e = assertThrows(AttachRefusedException.class,
                () -> AttachedTarget.attach(sleep.pid(), BundledJars.agentJar()));
            assertTrue(e.getMessage().startsWith("Process " + sleep.pid() + " does not look like a JVM"), e.getMessage());
        } finally {
            sleep.destroyForcibly();
        }
    }

    private static boolean collectsWithin(AttachedTarget target, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (target.gc().collections() == 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    private static void assertHot(Profile profile) {
        assertTrue(profile.totalSamples() >= 300, profile.source() + ": " + profile.totalSamples() + " samples");
        assertTrue(HotMethods.byTotal(profile).stream().map(Hotspot::frame).anyMatch(HOT::equals),
            profile.source() + " shows " + HOT);
    }
}
