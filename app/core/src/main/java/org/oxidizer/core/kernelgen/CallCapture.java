package org.oxidizer.core.kernelgen;

import java.nio.file.Path;
import org.oxidizer.core.live.LiveSwaps;
import org.oxidizer.core.live.RouteStatus;
import org.oxidizer.core.task.Progress;

/**
 * {@code oxidizer capture}: real calls of one method of a running JVM saved to a file, with the same bounded capture
 * a verification uses (a number of calls and a memory budget, the arguments copied when each call starts). A method
 * that was not observed before is unwoven again afterwards, so the target runs as it did.
 */
public final class CallCapture {

    private CallCapture() {
    }

    /**
     * @param calls what was saved; {@code complete} false when the timeout or the memory budget ended the capture early
     * @param costPercent the capture's copying as a share of the captured calls' own time
     */
    public record Saved(String methodKey, String signature, int calls, long bytes, boolean complete, double costPercent, Path file) {
    }

    /** As {@link #capture(LiveSwaps, String, MethodRef, int, long, int, Path, Progress)} in a running JVM, attaching its agent. */
    public static Saved capture(long pid, MethodRef method, int calls, long maxBytes, int timeoutSeconds, Path file,
                                Progress progress) throws Exception {
        try (org.oxidizer.core.target.AttachedTarget target = org.oxidizer.core.target.AttachedTarget.attach(pid,
                org.oxidizer.core.target.BundledJars.agentJar())) {
            return capture(new LiveSwaps(target.swapControl()), "JVM " + pid, method, calls, maxBytes, timeoutSeconds, file, progress);
        }
    }

    /**
     * @param maxBytes memory budget of the capture in the target (0: the agent's default)
     * @throws KernelProjectException when the method is not in the target or no call came within the timeout
     */
    public static Saved capture(LiveSwaps swaps, String where, MethodRef method, int calls, long maxBytes, int timeoutSeconds,
                                Path file, Progress progress) throws KernelProjectException, InterruptedException {
        org.oxidizer.core.match.MethodAnalysis analysis = method.analysis(swaps.classFiles(where));
        String key = analysis.key();
        String signature = analysis.display();
        try {
            return swaps.leavingAsItWas(key, () -> {
                RouteStatus status = swaps.capture(key, calls, maxBytes, timeoutSeconds, method.toString(), "to save", progress);
                int saved = swaps.saveCalls(key, signature, file);
                double cost = status.capturedJavaNanos() <= 0 ? 0 : 100.0 * status.captureCostNanos() / status.capturedJavaNanos();
                try {
                    return new Saved(key, signature, saved, java.nio.file.Files.size(file), saved >= calls, cost, file);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw new KernelProjectException("the calls were saved but " + file + " cannot be read: " + e.getCause().getMessage(), e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new KernelProjectException(e.getMessage(), e);
        }
    }
}
