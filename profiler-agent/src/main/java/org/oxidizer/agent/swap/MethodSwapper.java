package org.oxidizer.agent.swap;

import java.io.File;
import java.lang.instrument.Instrumentation;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.oxidizer.agent.AgentLog;
import org.oxidizer.agent.SwapSpec;
import org.oxidizer.agent.api.Facts;
import org.oxidizer.agent.api.RouteKeys;
import org.oxidizer.agent.api.StatusFileKeys;
import org.oxidizer.agent.api.SwapKeys;
import org.oxidizer.agent.api.VerificationKeys;
import org.oxidizer.agent.bridge.KernelBridge;
import org.oxidizer.kernels.calls.ArgumentCopies;
import org.oxidizer.kernels.calls.CallFile;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.KernelCatalog;

/**
 * Weaves bridge calls into methods (RouteWeaver) and moves each through observe -> verify -> shadow / canary / swap,
 * now (retransformation) or when the class loads. A kernel serves real answers only after its
 * verification on captured calls passed, unless forced. Swapping or reverting twice is harmless.
 */
public final class MethodSwapper {

    /** Bytes of captured arguments and answers kept per method. */
    public static final long CAPTURE_BYTES = RouteKeys.DEFAULT_CAPTURE_BYTES;
    /**
     * What an at-launch swap may keep of its few verified calls: a launched batch job's calls are its batches, and
     * one frame of a 2048 x 2048 image in and out is already 64 MiB.
     */
    public static final long LAUNCH_CAPTURE_BYTES = 4 * RouteKeys.DEFAULT_CAPTURE_BYTES;

    private final Instrumentation instrumentation;
    private volatile KernelCatalog catalog;
    private ClassLoader kernelLoader;
    private final Map<String, Woven> woven = new ConcurrentHashMap<>();
    private final Map<String, Facts> verifications = new ConcurrentHashMap<>();

    public MethodSwapper(Instrumentation instrumentation, String kernelPath) {
        this.instrumentation = instrumentation;
        this.kernelLoader = kernelLoader(MethodSwapper.class.getClassLoader(), kernelPath);
        this.catalog = KernelCatalog.load(kernelLoader);
        catalog.problems().forEach(p -> AgentLog.info(p));
    }

    /**
     * Adds the kernels of further jars to this target's catalog (a kernel a user wrote, attached to a JVM whose
     * agent was loaded without it); answers the catalog's ids and any problems loading them.
     */
    public synchronized List<String> addKernels(String kernelPath) {
        for (String path : kernelPath.split(File.pathSeparator)) {
            if (!new File(path).isFile()) {
                throw new IllegalArgumentException("there is no kernel jar " + path + " on the target's machine");
            }
        }
        kernelLoader = kernelLoader(kernelLoader, kernelPath);
        catalog = KernelCatalog.load(kernelLoader);
        List<String> lines = new ArrayList<>();
        catalog.kernels().forEach(k -> lines.add(k.id()));
        catalog.problems().forEach(p -> {
            AgentLog.info(p);
            lines.add("problem: " + p);
        });
        return lines;
    }

    private static ClassLoader kernelLoader(ClassLoader own, String kernelPath) {
        if (kernelPath == null || kernelPath.isEmpty()) {
            return own;
        }
        List<URL> urls = new ArrayList<>();
        for (String path : kernelPath.split(File.pathSeparator)) {
            try {
                urls.add(new File(path).toURI().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("kernel path entry '" + path + "' is not a file name", e);
            }
        }
        return new URLClassLoader(urls.toArray(new URL[0]), own);
    }

    /**
     * An at-launch swap: the method is observed for {@code verifyCalls} calls, which are then replayed through the
     * kernel, and swapped only if all answers are identical. The kernel is loaded and warmed now when {@code warmNow}
     * (a profiler about to start must see its library and threads) or when nothing is verified first; else on a thread
     * of its own while the application's first calls run in Java, and the verification waits for it.
     * {@code verifyCalls == 0} swaps at once. With {@code measured} given, this is a prediction run: the verified
     * kernel is measured A/B on the application's thread for {@code measureMillis} and never serves; {@code measured}
     * runs after that, on the same thread.
     */
    public synchronized void swapAtLaunch(SwapSpec spec, int verifyCalls, long measureMillis, Runnable measured,
                                          boolean warmNow) {
        long start = System.nanoTime();
        BoundKernel kernel = bind(spec.kernelId(), spec.descriptor(), spec.parameters());
        Thread loading = warmUp(kernel, warmNow || verifyCalls == 0 && measured == null);
        String key = spec.methodKey(kernel.descriptor());
        MethodRoute route = weave(key);
        long setup = System.nanoTime() - start;
        if (verifyCalls == 0 && measured == null) {
            route.swap(kernel);
            verifications.put(key, new Facts().put(VerificationKeys.FORCED, true).put(VerificationKeys.KERNEL, kernel.kernel().id())
                .put(VerificationKeys.SETUP_NANOS, setup));
            AgentLog.info("swapped " + spec + " unverified (verify=0)");
            return;
        }
        int calls = Math.max(1, verifyCalls);
        verifications.put(key, new Facts().put(VerificationKeys.KERNEL, kernel.kernel().id()).put(VerificationKeys.PENDING, calls)
            .put(VerificationKeys.SETUP_NANOS, setup));
        // Replayed on the application thread whose call completes the capture: it waits for a few kernel
        // calls once, and every later call is served by the kernel, deterministically.
        route.observe(new CaptureBuffer(calls, LAUNCH_CAPTURE_BYTES)
            .whenFull(() -> verifyThenSwap(key, kernel, setup + waitFor(loading), measureMillis, measured)));
    }

    /** Only times the method's calls from the start (the agent's timers); no kernel is loaded. */
    public synchronized void observeAtLaunch(SwapSpec spec) {
        long start = System.nanoTime();
        org.oxidizer.kernels.catalog.Kernel kernel = catalog.require(spec.kernelId());
        String descriptor = spec.descriptor() != null ? spec.descriptor() : kernel.shapes().get(0).descriptor();
        String key = spec.methodKey(descriptor);
        weave(key).observe(null);
        verifications.put(key, new Facts().put(VerificationKeys.SETUP_NANOS, System.nanoTime() - start));
    }

    /** Warms the kernel now, returning null, or on a thread of its own, returning that thread. */
    private static Thread warmUp(BoundKernel kernel, boolean now) {
        if (now) {
            kernel.warmUp();
            return null;
        }
        Thread loading = new Thread(() -> {
            try {
                kernel.warmUp();
            } catch (Throwable t) {
                // the verification's replay meets the same failure and reports it
            }
        }, "oxidizer-kernel-load");
        loading.setDaemon(true);
        loading.start();
        return loading;
    }

    /** Nanoseconds spent waiting for the kernel's background loading, 0 when it was loaded up front or is done. */
    private static long waitFor(Thread loading) {
        if (loading == null) {
            return 0;
        }
        long start = System.nanoTime();
        try {
            loading.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return System.nanoTime() - start;
    }

    private void verifyThenSwap(String key, BoundKernel kernel, long setup, long measureMillis, Runnable measured) {
        try {
            Woven w = woven.get(key);
            long start = System.nanoTime();
            List<CallRecord> records = w.route.capture().records();
            Facts facts = Verification.replay(records, kernel, w.route.returnsVoid)
                .put(VerificationKeys.SETUP_NANOS, setup).put(VerificationKeys.COMPARE_NANOS, System.nanoTime() - start)
                .put(VerificationKeys.NOT_CAPTURED, w.route.capture().refused());
            verifications.put(key, facts);
            if (measured != null) {
                if (facts.flag(VerificationKeys.PASSED)) {
                    verifications.put(key, facts.putAll("", ReplayMeasurement.run(w.route, records, kernel, measureMillis * 1_000_000,
                        false)));
                }
                measured.run();
            } else if (facts.flag(VerificationKeys.PASSED)) {
                w.route.swap(kernel);
                AgentLog.info("verified " + key + " on " + facts.get(VerificationKeys.CALLS) + " captured calls; kernel "
                    + kernel.kernel().id() + " now serves it");
                measureInBackground(key, w.route, kernel, measureMillis, facts);
            } else {
                AgentLog.info("NOT swapping " + key + ": " + (records.isEmpty() ? "no call was captured: "
                    + w.route.capture().refused() : "kernel " + kernel.kernel().id() + " disagrees with Java at "
                    + facts.get(VerificationKeys.MISMATCH_WHERE)));
            }
        } catch (Throwable t) {
            AgentLog.error("verification of " + key + " failed; the Java method keeps running", t);
            if (measured != null) {
                measured.run();
            }
        }
    }

    /**
     * The A/B measurement after an at-launch swap, on a thread of its own so the application's thread that
     * completed the capture goes on at once; the verification's facts gain it when it is done.
     */
    private void measureInBackground(String key, MethodRoute route, BoundKernel kernel, long millis, Facts verified) {
        if (millis <= 0) {
            verified.put(VerificationKeys.AB_UNAVAILABLE, "no time was given for an A/B measurement");
            return;
        }
        List<CallRecord> records = route.capture().records();
        verified.put(VerificationKeys.AB_UNAVAILABLE, "the A/B measurement had not finished");
        Thread thread = new Thread(() -> {
            Facts measured = ReplayMeasurement.run(route, records, kernel, millis * 1_000_000, false);
            Facts done = Facts.parse(verified.toString());
            done.remove(VerificationKeys.AB_UNAVAILABLE);
            verifications.put(key, done.putAll("", measured));
        }, "oxidizer-ab-measurement");
        thread.setDaemon(true);
        thread.start();
    }

    /** Weaves the method (if not yet) and captures its next {@code calls} calls; returns its key. */
    public synchronized String observe(String key, int calls, long bytes) {
        if (calls > 0) {
            ArgumentCopies.warmUp();
        }
        MethodRoute route = weave(key);
        route.observe(calls > 0 ? new CaptureBuffer(calls, bytes > 0 ? bytes : CAPTURE_BYTES) : null);
        return status(key);
    }

    /**
     * Writes the calls captured so far for {@code key} to {@code path} (a {@link CallFile}), for a kernel project's
     * tests; answers how many were written. Nothing is written when none was captured.
     */
    public String saveCalls(String key, String signature, String path) {
        Woven w = require(key);
        CaptureBuffer capture = w.route.capture();
        if (capture == null || capture.size() == 0) {
            String refused = capture == null ? null : capture.refused();
            throw new IllegalStateException("no calls of " + key + " were captured yet" + (refused == null ? "" : ": " + refused));
        }
        List<CallFile.Call> calls = new ArrayList<>();
        for (CallRecord record : capture.records()) {
            calls.add(new CallFile.Call(record.args, record.outcome, record.javaNanos));
        }
        try {
            new CallFile(key, signature, calls).write(java.nio.file.Paths.get(path));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e.getMessage());
        }
        return new Facts().put(RouteKeys.CAPTURED, calls.size()).put(RouteKeys.CAPTURE_BYTES, capture.bytes()).toString();
    }

    /** Replays the calls captured for {@code key} through the kernel; the swap waits for this to pass. */
    public String verify(String key, String kernelId, Map<String, String> parameters, long measureMillis) {
        Woven w = require(key);
        CaptureBuffer capture = w.route.capture();
        if (capture == null || capture.size() == 0) {
            throw new IllegalStateException("no calls of " + key + " were captured yet; observe it and let it run first");
        }
        BoundKernel kernel = bind(kernelId, descriptorOf(key), parameters);
        kernel.warmUp();
        List<CallRecord> records = capture.records();
        Facts facts = Verification.replay(records, kernel, w.route.returnsVoid)
            .put(VerificationKeys.CROSSING_NANOS, crossingNanos(kernel));
        if (facts.flag(VerificationKeys.PASSED)) {
            facts.putAll("", ReplayMeasurement.run(w.route, records, kernel, measureMillis * 1_000_000, true));
        }
        verifications.put(key, facts);
        return facts.toString();
    }

    /** Lets the kernel serve every call; refused without a passing verification of the same kernel unless forced. */
    public synchronized String swap(String key, String kernelId, Map<String, String> parameters, boolean force) {
        BoundKernel kernel = verified(key, kernelId, parameters, force);
        long start = System.nanoTime();
        weave(key).swap(kernel);
        return new Facts().put(SwapKeys.METHOD, key).put(SwapKeys.KERNEL, kernelId).put(SwapKeys.FORCED, force && !passed(key, kernel))
            .put(SwapKeys.SWITCH_NANOS, System.nanoTime() - start).toString();
    }

    /** Lets the kernel serve {@code percent}% of calls, spread evenly; needs a verification like a swap. */
    public synchronized String canary(String key, String kernelId, Map<String, String> parameters, int percent, boolean force) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("a canary share is 1 to 100 percent, not " + percent);
        }
        weave(key).canary(verified(key, kernelId, parameters, force), percent);
        return status(key);
    }

    /** Runs the kernel beside Java on the next {@code calls} calls, returning Java's answer and counting disagreements. */
    public synchronized String shadow(String key, String kernelId, Map<String, String> parameters, long calls) {
        BoundKernel kernel = bind(kernelId, descriptorOf(key), parameters);
        kernel.warmUp();
        weave(key).shadow(kernel, calls);
        return status(key);
    }

    /** Restores the original method body; false if the method was not woven. */
    public synchronized boolean revert(String key) {
        Woven w = woven.remove(key);
        if (w == null) {
            return false;
        }
        KernelBridge.unroute(key);
        instrumentation.removeTransformer(w.weaver);
        retransformLoaded(w.weaver);
        verifications.remove(key);
        AgentLog.info("reverted " + key);
        return true;
    }

    public String status(String key) {
        Woven w = require(key);
        Facts facts = w.route.facts().put(RouteKeys.WOVEN, w.woven);
        Facts verification = verifications.get(key);
        if (verification != null) {
            facts.putAll(RouteKeys.VERIFICATION, verification);
        }
        return facts.toString();
    }

    /** One line per kernel in this target's catalog: id, tab, its shapes' descriptors. */
    public List<String> kernels() {
        List<String> lines = new ArrayList<>();
        for (org.oxidizer.kernels.catalog.Kernel k : catalog.kernels()) {
            StringBuilder line = new StringBuilder(k.id());
            k.shapes().forEach(s -> line.append('\t').append(s.descriptor()));
            lines.add(line.toString());
        }
        return lines;
    }

    public List<String> methods() {
        return new ArrayList<>(woven.keySet());
    }

    /** One set of facts per woven method for the status file, keys as {@link StatusFileKeys} names a swap's fields. */
    public List<Facts> describe() {
        List<Facts> rows = new ArrayList<>();
        for (Woven w : woven.values()) {
            Facts f = w.route.facts();
            Facts v = verifications.get(w.route.key);
            Facts row = new Facts().put(StatusFileKeys.SWAP_METHOD, w.route.key)
                .put(StatusFileKeys.SWAP_KERNEL, f.has(RouteKeys.KERNEL) || v == null ? f.get(RouteKeys.KERNEL) : v.get(VerificationKeys.KERNEL))
                .put(StatusFileKeys.SWAP_MODE, f.get(RouteKeys.MODE)).put(StatusFileKeys.SWAP_WOVEN, w.woven)
                .put(StatusFileKeys.SWAP_CALLS, f.get(RouteKeys.SERVED_BY_KERNEL))
                .put(StatusFileKeys.SWAP_FALLBACKS, f.get(RouteKeys.FALLBACKS))
                .put(StatusFileKeys.SWAP_METHOD_CALLS, f.get(RouteKeys.CALLS))
                .put(StatusFileKeys.SWAP_JAVA_CALLS, f.get(RouteKeys.TIMING_JAVA + RouteKeys.TIMED_CALLS))
                .put(StatusFileKeys.SWAP_JAVA_BUSY_NANOS, f.get(RouteKeys.TIMING_JAVA + RouteKeys.TIMED_BUSY_NANOS))
                .put(StatusFileKeys.SWAP_JAVA_FIRST, f.get(RouteKeys.TIMING_JAVA + RouteKeys.TIMED_FIRST))
                .put(StatusFileKeys.SWAP_CALLER_THREADS, f.get(RouteKeys.CALLER_THREADS));
            if (v != null) {
                row.put(StatusFileKeys.SWAP_VERIFIED_CALLS, v.get(VerificationKeys.CALLS))
                    .put(StatusFileKeys.SWAP_IDENTICAL_CALLS, v.get(VerificationKeys.IDENTICAL))
                    .put(StatusFileKeys.SWAP_MISMATCH, v.get(VerificationKeys.MISMATCH_WHERE));
                for (String field : StatusFileKeys.SWAP_AB_FIELDS) {
                    row.put(StatusFileKeys.SWAP_VERIFICATION + field, v.get(field));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private BoundKernel verified(String key, String kernelId, Map<String, String> parameters, boolean force) {
        BoundKernel kernel = bind(kernelId, descriptorOf(key), parameters);
        if (!force && !passed(key, kernel)) {
            Facts v = verifications.get(key);
            throw new IllegalStateException(v == null
                ? "kernel " + kernelId + " has not been verified on " + key + "; capture calls and verify first, or force"
                : "kernel " + kernelId + " failed verification on " + key + " (" + v.get(VerificationKeys.MISMATCH_WHERE) + "); not swapping unless forced");
        }
        kernel.warmUp();
        return kernel;
    }

    private boolean passed(String key, BoundKernel kernel) {
        Facts v = verifications.get(key);
        return v != null && v.flag(VerificationKeys.PASSED) && kernel.kernel().id().equals(v.get(VerificationKeys.KERNEL))
            && String.valueOf(new java.util.TreeMap<>(kernel.parameters())).equals(v.get(VerificationKeys.PARAMETERS));
    }

    private BoundKernel bind(String kernelId, String descriptor, Map<String, String> parameters) {
        org.oxidizer.kernels.catalog.Kernel kernel = catalog.require(kernelId);
        return kernel.bind(descriptor != null ? descriptor : kernel.shapes().get(0).descriptor(), parameters);
    }

    /** The cheapest call the kernel can make (its warm-up input), median of 101: the boundary cost per call. */
    private static long crossingNanos(BoundKernel kernel) {
        long[] times = new long[101];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            kernel.warmUp();
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }

    private Woven require(String key) {
        Woven w = woven.get(key);
        if (w == null) {
            throw new IllegalStateException(key + " is not observed; observe it first");
        }
        return w;
    }

    static String descriptorOf(String key) {
        int paren = key.indexOf('(');
        if (paren < 0) {
            throw new IllegalArgumentException("method key '" + key + "' has no descriptor, e.g. com.acme.T.m(I)I");
        }
        return key.substring(paren);
    }

    private MethodRoute weave(String key) {
        Woven existing = woven.get(key);
        if (existing != null) {
            return existing.route;
        }
        String descriptor = descriptorOf(key);
        String owner = key.substring(0, key.indexOf('('));
        int dot = owner.lastIndexOf('.');
        String className = owner.substring(0, dot);
        String methodName = owner.substring(dot + 1);
        boolean returnsVoid = descriptor.endsWith(")V");
        MethodRoute route = new MethodRoute(key, returnsVoid);
        Woven w = new Woven(route);
        KernelBridge.route(key, route);
        woven.put(key, w);
        w.weaver = new RouteWeaver(className, methodName, descriptor, key, new RouteWeaver.Listener() {
            @Override
            public void woven(boolean live) {
                w.woven = true;
                AgentLog.info("woven " + key + (live ? " (live)" : " (at class load)"));
            }

            @Override
            public void failed(String name, Throwable t) {
                AgentLog.error("could not weave " + name, t);
            }
        });
        instrumentation.addTransformer(w.weaver, true);
        retransformLoaded(w.weaver);
        return route;
    }

    /** Retransforms the weaver's class wherever it is already loaded (a class not loaded yet is woven when it loads). */
    private void retransformLoaded(RouteWeaver weaver) {
        String name = weaver.internalName().replace('/', '.');
        for (Class<?> c : instrumentation.getAllLoadedClasses()) {
            if (c.getName().equals(name) && instrumentation.isModifiableClass(c)) {
                try {
                    instrumentation.retransformClasses(c);
                } catch (Throwable t) {
                    AgentLog.error("could not retransform " + name, t);
                }
            }
        }
    }

    private static final class Woven {
        final MethodRoute route;
        volatile RouteWeaver weaver;
        volatile boolean woven;

        Woven(MethodRoute route) {
            this.route = route;
        }
    }
}
