package org.oxidizer.core.live.kernels;

import com.sun.jna.Pointer;
import java.util.List;
import java.util.Map;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.Kernel;
import org.oxidizer.kernels.catalog.MethodShape;
import org.oxidizer.kernels.catalog.ThreadUse;
import org.oxidizer.kernels.catalog.Tolerance;

/** A kernel that takes its host down in native code (reads address 8), to test that the workbench survives it. */
public final class CrashingKernel implements Kernel {

    @Override
    public String id() {
        return "crash_in_native_code";
    }

    @Override
    public String summary() {
        return "reads an invalid address in native code";
    }

    @Override
    public List<MethodShape> shapes() {
        return List.of(new MethodShape("(Ljava/util/List;)Ljava/util/List;",
            "List<Map<String, Integer>> extractAndAggregate(List<String> texts)", List.of(), getClass().getName() + "#crash"));
    }

    @Override
    public List<String> semantics() {
        return List.of("never returns: the process dies with SIGSEGV");
    }

    @Override
    public ThreadUse threadUse() {
        return ThreadUse.CALLING_THREAD;
    }

    @Override
    public Tolerance tolerance() {
        return Tolerance.exact();
    }

    @Override
    public BoundKernel bind(String descriptor, Map<String, String> parameters) {
        BoundKernel.requireShape(this, descriptor);
        return new BoundKernel(this, descriptor, Map.of(), args -> crash(), args -> crash(), () -> { });
    }

    private static Object crash() {
        return new Pointer(8).getLong(0);
    }
}
