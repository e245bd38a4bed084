package org.oxidizer.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationMethodsTest {

    private static Profile profile(String collapsed) throws Exception {
        return new CollapsedStacksImporter().read("test", new BufferedReader(new StringReader(collapsed)));
    }

    @Test
    void chargesJdkJvmKernelAndUnsymbolizedLibraryTimeToTheApplicationMethodThatCalledIt() throws Exception {
        Profile p = profile("""
            [main tid=1];com.acme.Job.main;com.acme.Job.scan;java.util.regex.Matcher.find 40
            [main tid=1];com.acme.Job.main;com.acme.Job.scan;/usr/lib/x86_64-linux-gnu/libc.so.6 30
            [main tid=1];com.acme.Job.main;com.acme.Job.write;libjvm.so;copy_user_enhanced_fast_string_[k] 10
            [main tid=1];com.acme.Job.main;com.acme.Job.write 5
            [GC Thread#0 tid=2];G1ParScanThreadState::trim_queue 15
            """);
        ApplicationMethods.Attribution a = ApplicationMethods.of(p, CategoryRules.defaults());
        assertEquals("com.acme.Job.scan", a.rows().get(0).method());
        assertEquals(70.0, a.rows().get(0).selfPercent(), 1e-9);
        assertEquals("com.acme.Job.write", a.rows().get(1).method());
        assertEquals(15.0, a.rows().get(1).selfPercent(), 1e-9);
        assertEquals(2, a.rows().size(), "only application methods: " + a.rows());
        assertEquals(15.0, a.platformOnlyPercent(), 1e-9);
    }

    @Test
    void knowsApplicationFramesFromPlatformAndNativeOnes() {
        assertTrue(ApplicationMethods.isApplicationFrame("com.acme.Job.scan"));
        for (String frame : new String[] {"java.util.HashMap.get", "jdk.internal.misc.Unsafe.park", "[main tid=1]",
            "/usr/lib/x86_64-linux-gnu/libc.so.6", "libjvm.so", "G1ParScanThreadState::trim_queue", "do_syscall_64_[k]",
            "Interpreter", "org.oxidizer.agent.swap.MethodRoute.call"}) {
            assertFalse(ApplicationMethods.isApplicationFrame(frame), frame);
        }
    }

    @Test
    void collapsedStacksWrittenBackReadTheSame(@TempDir Path dir) throws Exception {
        Profile p = profile("""
            [main tid=1];com.acme.Job.main;com.acme.Job.scan 40
            [main tid=1];com.acme.Job.main;a b;c 2
            """);
        Path file = dir.resolve("p.collapsed");
        CollapsedWriter.write(p, file);
        Profile back = new CollapsedStacksImporter().read(file);
        assertEquals(p.totalSamples(), back.totalSamples());
        assertEquals(HotMethods.bySelf(p), HotMethods.bySelf(back));
    }
}
