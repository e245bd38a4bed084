package org.oxidizer.core.live;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oxidizer.agent.api.Facts;
import org.oxidizer.agent.api.SwapControlMXBean;
import org.oxidizer.core.match.ClassFiles;
import org.oxidizer.core.target.AttachedTarget;

/**
 * Moves methods of a running target between Java and kernels through its agent: observe (count and
 * capture calls), verify, shadow, canary, swap, revert. Every refusal arrives as an exception whose
 * message is the agent's one sentence.
 */
public final class LiveSwaps {

    /** Calls captured for a verification unless asked otherwise. */
    public static final int DEFAULT_CAPTURE_CALLS = 50;

    private final SwapControlMXBean control;

    public LiveSwaps(SwapControlMXBean control) {
        this.control = control;
    }

    /** Starts counting the method's calls and capturing the next {@code calls} (bounded to {@code maxBytes}). */
    public void observe(String methodKey, int calls, long maxBytes) {
        call(() -> control.observe(methodKey, calls, maxBytes));
    }

    /** Compares the kernel's answers with Java's on the captured calls, then measures both for up to {@code measureMillis}. */
    public Verification verify(String methodKey, String kernelId, Map<String, String> parameters, long measureMillis) {
        return Verification.from(methodKey, Facts.parse(call(() -> control.verify(methodKey, kernelId,
            Facts.of(parameters).toString(), measureMillis))));
    }

    public void swap(String methodKey, String kernelId, Map<String, String> parameters, boolean force) {
        call(() -> control.swap(methodKey, kernelId, Facts.of(parameters).toString(), force));
    }

    public void canary(String methodKey, String kernelId, Map<String, String> parameters, int percent, boolean force) {
        call(() -> control.canary(methodKey, kernelId, Facts.of(parameters).toString(), percent, force));
    }

    public void shadow(String methodKey, String kernelId, Map<String, String> parameters, long calls) {
        call(() -> control.shadow(methodKey, kernelId, Facts.of(parameters).toString(), calls));
    }

    /** Work on a woven method. */
    public interface OnMethod<T> {
        T run() throws InterruptedException;
    }

    /**
     * Runs {@code work} on a method it weaves (a capture, a timing), then unweaves the method again unless it was woven
     * before: the target runs as it did. A failed unweave (the target went away) leaves what the work returned standing.
     */
    public <T> T leavingAsItWas(String methodKey, OnMethod<T> work) throws InterruptedException {
        boolean wasWoven = methods().contains(methodKey);
        try {
            return work.run();
        } finally {
            if (!wasWoven) {
                try {
                    revert(methodKey);
                } catch (RuntimeException e) {
                    // the target may be gone; what the work found stands
                }
            }
        }
    }

    public boolean revert(String methodKey) {
        return call(() -> control.revert(methodKey));
    }

    public RouteStatus status(String methodKey) {
        return RouteStatus.from(methodKey, Facts.parse(call(() -> control.status(methodKey))));
    }

    public List<String> methods() {
        return Arrays.asList(call(control::getMethods));
    }

    public byte[] classFile(String className) {
        return call(() -> control.classFile(className));
    }

    /** Class files as the running target's class loaders find them, through its agent; {@code where} is e.g. "JVM 4242". */
    public ClassFiles classFiles(String where) {
        return new ClassFiles() {
            @Override
            public Optional<byte[]> read(String className) {
                try {
                    return Optional.of(classFile(className));
                } catch (IllegalStateException | IllegalArgumentException e) {
                    return Optional.empty();
                }
            }

            @Override
            public String describe() {
                return where;
            }
        };
    }

    /**
     * Captures the method's next {@code calls} calls (or fewer if the memory budget runs out first, or the timeout
     * passes with at least one) and answers the route's status then.
     *
     * @param what the method for sentences, e.g. its frame
     * @param purpose e.g. "to verify the kernel on"
     * @throws IllegalStateException in one sentence if no call was captured
     */
    public RouteStatus capture(String methodKey, int calls, long maxBytes, int timeoutSeconds, String what, String purpose,
                               org.oxidizer.core.task.Progress progress) throws InterruptedException {
        observe(methodKey, calls, maxBytes);
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        RouteStatus status = status(methodKey);
        while (!status.captureDone() && System.nanoTime() < deadline) {
            progress.report("capturing calls of " + what, (double) status.captured() / calls);
            Thread.sleep(100);
            status = status(methodKey);
        }
        if (status.captured() == 0 && status.captureRefused() != null) {
            throw new IllegalStateException("no call of " + what + " could be captured " + purpose + ": " + status.captureRefused());
        }
        if (status.captured() == 0) {
            throw new IllegalStateException(what + " was not called in " + timeoutSeconds + " s, so there is nothing " + purpose);
        }
        return status;
    }

    /** Adds kernel jars on the target's machine to its catalog; answers its kernel ids, then {@code problem: ...} lines. */
    public List<String> addKernels(List<java.nio.file.Path> jars) {
        List<String> paths = new java.util.ArrayList<>();
        jars.forEach(j -> paths.add(j.toAbsolutePath().toString()));
        return Arrays.asList(call(() -> control.addKernels(String.join(java.io.File.pathSeparator, paths))));
    }

    /** Writes the calls captured so far to {@code file} (on the target's machine); answers how many. */
    public int saveCalls(String methodKey, String signature, java.nio.file.Path file) {
        return org.oxidizer.agent.api.Facts.parse(call(() -> control.saveCalls(methodKey, signature, file.toAbsolutePath().toString())))
            .integer(org.oxidizer.agent.api.RouteKeys.CAPTURED);
    }

    private interface AgentCall<T> {
        T run();
    }

    /** The agent's own exception message, not JMX's wrapping of it. */
    private static <T> T call(AgentCall<T> agentCall) {
        try {
            return agentCall.run();
        } catch (RuntimeException e) {
            Throwable t = AttachedTarget.agentCause(e);
            throw new IllegalStateException(t.getMessage() == null ? t.toString() : t.getMessage(), t);
        }
    }
}
