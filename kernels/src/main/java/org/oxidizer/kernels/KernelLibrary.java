package org.oxidizer.kernels;

import com.sun.jna.NativeLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Loads the Rust kernels once per JVM, from an explicit path or from the jar's platform-tagged copy. */
public final class KernelLibrary {

    /** Absolute path of a {@code liboxidizer_kernels.so} to load instead of the bundled one. */
    public static final String LIBRARY_PROPERTY = "oxidizer.kernels.library";

    /** Private directory the bundled library is extracted to. */
    public static final String NATIVE_DIR_PROPERTY = "oxidizer.native.dir";

    /** Size of the native worker pool shared by parallel kernels; unset or 0 means one thread per core. */
    public static final String THREADS_PROPERTY = "oxidizer.kernels.threads";

    /** Base name of the library, as {@link System#mapLibraryName(String)} expects it. */
    public static final String LIBRARY_NAME = "oxidizer_kernels";

    private static NativeLibrary library;
    private static int threads;

    private KernelLibrary() {
    }

    /**
     * Returns the loaded kernel library, loading it on first use.
     *
     * @throws UnsatisfiedLinkError naming the file and the reason when it cannot be loaded
     */
    public static synchronized NativeLibrary library() {
        if (library == null) {
            NativeLibrary loaded = load(System.getProperty(LIBRARY_PROPERTY), System.getProperty(NATIVE_DIR_PROPERTY));
            threads = loaded.getFunction("oxidizer_init_threads").invokeInt(new Object[] {threadsSetting()});
            library = loaded;
        }
        return library;
    }

    /** Threads in the native worker pool (loads the library if needed). */
    public static synchronized int threads() {
        library();
        return threads;
    }

    private static int threadsSetting() {
        String value = System.getProperty(THREADS_PROPERTY, "0").trim();
        try {
            return Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + THREADS_PROPERTY + " must be a whole number, not '" + value + "'");
        }
    }

    /** Loads from {@code overridePath} when set, else from the bundled copy extracted into {@code nativeDir}. */
    static NativeLibrary load(String overridePath, String nativeDir) {
        Path dir = nativeDir(nativeDir);
        Path file = overridePath != null && !overridePath.isBlank() ? overrideFile(overridePath) : BundledLibrary.extract(dir);
        return open(file, dir, "Oxidizer kernel library");
    }

    /**
     * Loads a kernel jar's own library (a project written by {@code oxidizer kernel new}): the resource
     * {@code <platform>/lib<libraryName>.so} next to {@code anchor}, extracted like the bundled library. JNA keeps
     * one instance per file, so calling this again is cheap.
     *
     * @throws UnsatisfiedLinkError naming the file and the reason when it cannot be loaded
     */
    public static NativeLibrary own(Class<?> anchor, String libraryName) {
        Path dir = nativeDir(System.getProperty(NATIVE_DIR_PROPERTY));
        return open(BundledLibrary.extract(dir, anchor.getClassLoader(), libraryName), dir, "kernel library");
    }

    /**
     * Opens {@code file} through JNA, whichever library is JNA's first use (the bundled one or a kernel jar's own);
     * JNA's own native part is kept in {@code dir}.
     *
     * @throws UnsatisfiedLinkError "Cannot load {@code what} FILE: why"
     */
    private static NativeLibrary open(Path file, Path dir, String what) {
        try {
            return withKeptDispatchLibrary(dir, () -> NativeLibrary.getInstance(file.toString()));
        } catch (UnsatisfiedLinkError e) {
            throw new UnsatisfiedLinkError("Cannot load " + what + " " + file + ": " + e.getMessage());
        }
    }

    /** JNA's boot path property: a folder holding {@code libjnidispatch.so}. */
    private static final String JNA_BOOT_PATH = "jna.boot.library.path";

    /**
     * Runs {@code load}, JNA's first use, with JNA's own native part taken from a copy kept in {@code dir} (named by
     * its jar entry's CRC-32 and size) instead of unpacked into a new temporary file on every start. The property is
     * set only for this first use and cleared after it, so a JNA of the application's own never sees it; when the user
     * set it, or the copy cannot be made, JNA does as it always does.
     */
    private static <T> T withKeptDispatchLibrary(Path dir, java.util.function.Supplier<T> load) {
        if (System.getProperty(JNA_BOOT_PATH) != null) {
            return load.get();
        }
        Path kept = BundledLibrary.extractDispatch(dir, NativeLibrary.class.getClassLoader());
        if (kept == null) {
            return load.get();
        }
        System.setProperty(JNA_BOOT_PATH, kept.toString());
        try {
            return load.get();
        } finally {
            System.clearProperty(JNA_BOOT_PATH);
        }
    }

    private static Path overrideFile(String overridePath) {
        Path file = Paths.get(overridePath).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new UnsatisfiedLinkError("Oxidizer kernel library " + file + " (set by -D" + LIBRARY_PROPERTY
                    + ") does not exist or is not a regular file");
        }
        return file;
    }

    private static Path nativeDir(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath();
        }
        return Paths.get(System.getProperty("user.home"), ".cache", "oxidizer", "native");
    }
}
