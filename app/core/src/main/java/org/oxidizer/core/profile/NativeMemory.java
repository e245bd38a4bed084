package org.oxidizer.core.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run's native memory from its JFR recording (async-profiler's {@code nativemem}): bytes malloc'd and bytes still
 * held when the recording ended, by owner: each Rust kernel (by its outermost kernel frame), the JIT compiler, the
 * JVM's own C++ code, Java code (direct buffers, {@code Unsafe}, JNI), and async-profiler's own bookkeeping (symbol
 * demangling and the like), set apart so that it is not blamed on the workload.
 *
 * @param mallocd bytes malloc'd over the recording (in the mallocs recorded: with a sampling interval, a sample)
 * @param held    bytes malloc'd and not freed by the end of the recording
 * @param owners  biggest first by bytes held, then by bytes malloc'd
 * @param interval async-profiler's nativemem interval the recording was made with: "0" when every malloc was recorded,
 *                 else about one malloc per that many bytes
 */
public record NativeMemory(long mallocd, long held, List<Owner> owners, String interval) {

    /** Owner names that are not kernels. */
    public static final String JIT = "JIT compiler";
    public static final String JVM = "JVM (GC, runtime, class loading)";
    public static final String JAVA = "Java code (direct buffers, Unsafe, JNI)";
    public static final String PROFILER = "async-profiler itself (symbols, buffers)";
    public static final String OTHER = "other native code";

    /** Prefix of a Rust kernel owner: "kernel oxidizer_kernels::text::aggregate". */
    public static final String KERNEL = "kernel ";

    public record Owner(String name, long mallocd, long held) {

        public boolean kernel() {
            return name.startsWith(KERNEL);
        }
    }

    public NativeMemory {
        owners = List.copyOf(owners);
    }

    /** The recording's native memory, every malloc recorded; empty when it holds no malloc events. */
    public static Optional<NativeMemory> of(Path jfr) throws IOException, ProfileFormatException {
        return of(jfr, "0");
    }

    /**
     * The recording's native memory, made with {@code interval} ("0": every malloc); empty when it holds no malloc
     * events (native memory was not recorded).
     */
    public static Optional<NativeMemory> of(Path jfr, String interval) throws IOException, ProfileFormatException {
        JfrImporter importer = new JfrImporter();
        Profile mallocd = importer.read(jfr, JfrImporter.Kind.NATIVEMEM);
        if (mallocd.totalSamples() == 0) {
            return Optional.empty();
        }
        Profile held = importer.read(jfr, JfrImporter.Kind.LEAKS);
        Map<String, long[]> byOwner = new LinkedHashMap<>();
        add(mallocd, byOwner, 0);
        add(held, byOwner, 1);
        List<Owner> owners = new ArrayList<>();
        byOwner.forEach((name, v) -> owners.add(new Owner(name, v[0], v[1])));
        owners.sort(Comparator.comparingLong(Owner::held).thenComparingLong(Owner::mallocd).reversed());
        return Optional.of(new NativeMemory(mallocd.totalSamples(), held.totalSamples(), owners, interval));
    }

    /** Whether only some mallocs were recorded (an interval), so the bytes are a sample's, not totals. */
    public boolean sampled() {
        return !"0".equals(interval);
    }

    /** Bytes of the kernels' own allocations (every owner that is a kernel). */
    public Owner kernels() {
        long m = 0;
        long h = 0;
        for (Owner o : owners) {
            if (o.kernel()) {
                m += o.mallocd();
                h += o.held();
            }
        }
        return new Owner("Rust kernels", m, h);
    }

    private static void add(Profile profile, Map<String, long[]> byOwner, int column) {
        for (int s = 0; s < profile.stacks().size(); s++) {
            String owner = owner(profile, profile.stacks().get(s));
            byOwner.computeIfAbsent(owner, k -> new long[2])[column] += profile.counts()[s];
        }
    }

    /** Who a malloc stack (root first) belongs to. */
    static String owner(Profile profile, int[] stack) {
        // Anywhere on the stack, in this order: a Rust kernel's frame (its own allocations, under whatever called it),
        // async-profiler's own work, a kernel's Java side, the JIT compiler, Java code, the JVM's C++ code.
        String kernelSide = null;
        boolean java = false;
        boolean jit = false;
        boolean cpp = false;
        for (int id : stack) {
            String f = profile.frame(id);
            if (Profile.isThreadFrame(f)) {
                continue;
            }
            if (isKernelFrame(f)) {
                return KERNEL + module(f);
            }
        }
        for (int id : stack) {
            String f = profile.frame(id);
            if (Profile.isThreadFrame(f)) {
                continue;
            }
            if (ownedByProfiler(f)) {
                return PROFILER;
            }
            if (f.startsWith("org.oxidizer.kernels.")) {
                // the kernel's Java side: the native buffers its binding fills and reads (JNA Memory)
                kernelSide = KERNEL + javaPackage(f) + " (Java side, JNA buffers)";
            } else if (f.startsWith("CompileBroker::") || f.startsWith("C2Compiler::") || f.startsWith("Compile::")
                    || f.startsWith("Compilation::") || f.startsWith("C1_") || f.startsWith("ciEnv::")) {
                jit = true;
            } else if (f.contains("::")) {
                cpp = true;
            } else if (!f.contains("/") && ApplicationMethods.isApplicationFrame(f)
                    || f.startsWith("java.") || f.startsWith("jdk.") || f.startsWith("sun.")) {
                java = true;
            }
        }
        return kernelSide != null ? kernelSide : jit ? JIT : java ? JAVA : cpp ? JVM : OTHER;
    }

    /**
     * A Rust kernel's frame: the bundled kernels' crate, or a crate {@code oxidizer kernel new} wrote (named
     * {@code <id>_kernel}).
     */
    static boolean isKernelFrame(String frame) {
        String f = frame.startsWith("<") ? frame.substring(1) : frame;
        int sep = f.indexOf("::");
        if (sep <= 0) {
            return false;
        }
        String crate = f.substring(0, sep);
        return crate.equals("oxidizer_kernels") || crate.endsWith("_kernel") && crate.chars().allMatch(c -> c == '_'
            || Character.isLowerCase(c) || Character.isDigit(c));
    }

    /** async-profiler's own frames: its profiler, symbol tables and demangling, JFR writer. */
    private static boolean ownedByProfiler(String f) {
        return f.startsWith("Profiler::") || f.startsWith("Symbols::") || f.startsWith("CodeCache::") || f.startsWith("FrameName::")
            || f.startsWith("Demangle::") || f.startsWith("d_") || f.startsWith("cplus_demangle") || f.startsWith("Recording::")
            || f.startsWith("FlightRecorder::") || f.startsWith("Lookup::") || f.startsWith("ElfParser::")
            || f.startsWith("MallocTracer::") || f.startsWith("Dictionary::") || f.startsWith("CallTraceStorage::");
    }

    /** "org.oxidizer.kernels.text.EncodedTexts$$Lambda$83.0x7f.apply" -> "org.oxidizer.kernels.text". */
    private static String javaPackage(String frame) {
        String[] parts = frame.split("\\.");
        StringBuilder p = new StringBuilder();
        for (String part : parts) {
            if (part.isEmpty() || Character.isUpperCase(part.charAt(0))) {
                break;
            }
            p.append(p.length() == 0 ? "" : ".").append(part);
        }
        return p.toString();
    }

    /** "oxidizer_kernels::text::aggregate::extract::h12ab" -> "oxidizer_kernels::text::aggregate": the kernel's module. */
    private static String module(String frame) {
        String f = frame.startsWith("<") ? frame.substring(1) : frame;
        int generic = f.indexOf('<');
        if (generic > 0) {
            f = f.substring(0, generic);
        }
        int space = f.indexOf(' ');
        if (space > 0) {
            f = f.substring(0, space);
        }
        int last = f.lastIndexOf("::");
        return last > f.indexOf("::") ? f.substring(0, last) : f;
    }
}
