package org.oxidizer.core.kernelgen;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oxidizer.core.stats.ABMeasurement;
import org.oxidizer.kernels.calls.ArgumentCopies;
import org.oxidizer.kernels.calls.CallFile;
import org.oxidizer.kernels.calls.CallReplay;
import org.oxidizer.kernels.calls.PairedReplay;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.KernelCatalog;
import org.oxidizer.kernels.catalog.ResultDifference;

/**
 * {@code oxidizer kernel test}: replays saved calls through a built kernel project, compares every answer with the
 * Java method's (the kernel's tolerance decides, as in a live verification) and, given the method's classes,
 * measures the Java method against the kernel on those calls (the same paired A/B as a live verification).
 */
public final class KernelReplay {

    private KernelReplay() {
    }

    /** The first call whose answers differ, side by side. */
    public record Mismatch(int call, String where, String input, String java, String kernel) {
    }

    /** @param ab the A/B measurement on the saved calls, or why there is none */
    public record Result(String methodKey, int calls, int identical, Optional<Mismatch> mismatch, ABMeasurement ab) {

        public boolean passed() {
            return calls > 0 && identical == calls;
        }
    }

    /**
     * @param classPath the method's own classes (jars or folders); empty to only compare answers
     * @param measureNanos time for the A/B measurement; 0 for none
     * @throws KernelProjectException when the jar is not built, the file holds another method's calls or none, or the kernel does not load
     */
    public static Result run(KernelProject project, CallFile calls, List<Path> classPath, long measureNanos)
            throws KernelProjectException {
        if (!calls.methodKey().equals(project.methodKey())) {
            throw new KernelProjectException("the saved calls are of " + calls.methodKey() + ", and the kernel project is for "
                + project.methodKey() + "; capture that method's calls");
        }
        if (calls.calls().isEmpty()) {
            throw new KernelProjectException("the file holds no calls of " + calls.methodKey());
        }
        if (!Files.isRegularFile(project.jar())) {
            throw new KernelProjectException("the kernel is not built yet (" + project.jar() + " is missing); run `oxidizer kernel build "
                + project.dir() + "` first");
        }
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(project.jar().toUri().toURL());
            for (Path p : classPath) {
                urls.add(p.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new KernelProjectException("a class path entry is not a file name: " + e.getMessage(), e);
        }
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), KernelReplay.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            KernelCatalog catalog = KernelCatalog.load(loader);
            BoundKernel kernel;
            try {
                String key = project.methodKey();
                kernel = catalog.require(project.id()).bind(key.substring(key.indexOf('(')), java.util.Map.of());
            } catch (IllegalArgumentException e) {
                throw new KernelProjectException("the kernel jar " + project.jar() + " does not offer " + project.id() + ": "
                    + e.getMessage() + (catalog.problems().isEmpty() ? "" : " " + catalog.problems()), e);
            }
            try {
                kernel.warmUp();
            } catch (Throwable t) {
                throw new KernelProjectException("the kernel's library does not load: " + t.getMessage(), t);
            }
            return replay(project, calls, kernel, !classPath.isEmpty(), measureNanos);
        } catch (IOException e) {
            throw new KernelProjectException("cannot close the kernel's class loader: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static Result replay(KernelProject project, CallFile file, BoundKernel kernel, boolean haveJava, long measureNanos) {
        List<CallFile.Call> calls = file.calls();
        int identical = 0;
        Mismatch first = null;
        for (int i = 0; i < calls.size(); i++) {
            CallFile.Call call = calls.get(i);
            Object[] args = ArgumentCopies.of(call.args());
            CallReplay replay = CallReplay.of(kernel, args, call.outcome(), project.returnsVoid());
            Optional<String> difference = replay.difference();
            if (difference.isEmpty()) {
                identical++;
            } else if (first == null) {
                first = new Mismatch(i, difference.get(), ResultDifference.show(call.args().length == 1 ? call.args()[0] : call.args()),
                    ResultDifference.show(call.outcome()),
                    replay.threw().map(t -> "the kernel " + t).orElseGet(() -> ResultDifference.show(replay.answer())));
            }
        }
        ABMeasurement ab;
        if (first != null) {
            ab = ABMeasurement.none("the kernel's answers differ from Java's: nothing to measure until they agree");
        } else if (!haveJava) {
            ab = ABMeasurement.none("give the method's classes (--cp) to measure the Java method against the kernel");
        } else if (!project.isStatic()) {
            ab = ABMeasurement.none("an instance method: the saved calls have no object to run the Java method on");
        } else if (measureNanos <= 0) {
            ab = ABMeasurement.none("no time was given for the measurement");
        } else {
            List<Object[]> args = new ArrayList<>();
            calls.forEach(c -> args.add(c.args()));
            try {
                PairedReplay.Pairs pairs = PairedReplay.measure(args, kernel::reference, kernel::invoke, measureNanos);
                ab = new ABMeasurement(pairs.java, pairs.kernel, pairs.warmupPasses, pairs.steady, pairs.passes, measureNanos,
                    pairs.spentNanos, null);
            } catch (Exception e) {
                ab = ABMeasurement.none("the Java method or the kernel threw when replayed: " + e);
            }
        }
        return new Result(file.methodKey(), calls.size(), identical, Optional.ofNullable(first), ab);
    }
}
