package org.oxidizer.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JavaFrameTest {

    @Test
    void javaMethodsWithTheirClass() {
        assertEquals(Optional.of(new JavaFrame("org.acme.Outer$Inner", "lambda$run$0")), JavaFrame.parse("org.acme.Outer$Inner.lambda$run$0"));
        assertEquals(Optional.of(new JavaFrame("org.acme.Foo", "<init>")), JavaFrame.parse("org.acme.Foo.<init>_[j]"));
        assertEquals(Optional.of(new JavaFrame("Main", "main")), JavaFrame.parse("Main.main_[i]"));
        assertTrue(JavaFrame.parse("java.util.HashMap.merge").orElseThrow().isJdk());
        assertTrue(!JavaFrame.parse("com.sun.jna.Native.invokePointer").orElseThrow().isJdk(), "JNA is not the JDK");
    }

    @Test
    void nativeKernelThreadAndGeneratedFramesAreNot() {
        for (String frame : new String[] {"__memmove_avx_unaligned_erms", "memcpy.part", "libc.so.6", "write_[k]",
                "oxidizer_kernels::scan", "[main tid=1]", "GCTaskThread::run", "[unknown]",
                "org.acme.Foo$$Lambda.0x0000000800c0b040.apply", "JavaThread::run()"}) {
            assertEquals(Optional.empty(), JavaFrame.parse(frame), frame);
        }
    }
}
