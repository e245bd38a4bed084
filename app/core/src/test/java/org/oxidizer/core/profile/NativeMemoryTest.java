package org.oxidizer.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Who a malloc stack belongs to, by its frames (root first). */
class NativeMemoryTest {

    private static String owner(String... frames) {
        ProfileBuilder b = new ProfileBuilder("t", Profile.Unit.BYTES);
        int[] stack = new int[frames.length];
        for (int i = 0; i < frames.length; i++) {
            stack[i] = b.frame(frames[i]);
        }
        b.add(stack, 100);
        Profile p = b.build();
        return NativeMemory.owner(p, p.stacks().get(0));
    }

    @Test
    void eachStackHasOneOwner() {
        assertEquals("kernel oxidizer_kernels::text::aggregate", owner("[main tid=1]", "org.acme.Main.main",
            "Java_com_sun_jna_Native_invokeVoid", "ffi_call", "rayon::iter::plumbing::helper",
            "oxidizer_kernels::text::aggregate::count_chunk", "alloc::raw_vec::RawVec<T,A>::grow_one", "realloc"));
        assertEquals("kernel org.oxidizer.kernels.text (Java side, JNA buffers)", owner("org.acme.Main.main",
            "org.oxidizer.kernels.text.EncodedTexts$$Lambda$83.0x00007f.apply", "com.sun.jna.Memory.malloc", "malloc"));
        assertEquals(NativeMemory.JIT, owner("[C2 CompilerThread0 tid=5]", "thread_native_entry", "CompileBroker::compiler_thread_loop",
            "Compile::Compile", "Arena::grow", "os::malloc"));
        assertEquals(NativeMemory.PROFILER, owner("one.profiler.AsyncProfiler.execute0", "Profiler::dump", "FrameName::name",
            "Demangle::demangle", "__cxa_demangle", "d_growable_string_callback_adapter"));
        assertEquals(NativeMemory.JAVA, owner("org.acme.Main.main", "java.nio.ByteBuffer.allocateDirect",
            "jdk.internal.misc.Unsafe.allocateMemory0", "Unsafe_AllocateMemory0", "os::malloc"));
        assertEquals(NativeMemory.JVM, owner("thread_native_entry", "VMThread::run", "SafepointSynchronize::begin", "os::malloc"));
        assertEquals(NativeMemory.OTHER, owner("start_thread", "some_c_function", "malloc"));
    }
}
