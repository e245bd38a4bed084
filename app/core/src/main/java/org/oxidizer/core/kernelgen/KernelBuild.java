package org.oxidizer.core.kernelgen;

import com.sun.jna.Platform;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.oxidizer.core.task.Progress;
import org.oxidizer.kernels.catalog.Kernel;

/**
 * Builds a kernel project into one jar: {@code cargo build --release --offline} for the library, javac
 * ({@code --release 11}, so it loads into the same targets as the agent) for the Java side, the library under
 * JNA's platform folder, the catalog's service file. A crate that does not compile gives cargo's own error lines.
 */
public final class KernelBuild {

    /** The cargo to run; the launcher sets it to the one that builds the bundled kernels. */
    public static final String CARGO_PROPERTY = "oxidizer.cargo";

    private static final long CARGO_TIMEOUT_MINUTES = 15;

    private KernelBuild() {
    }

    /** @param cargoMillis time cargo took; {@code javacMillis} time javac took */
    public record Result(Path jar, long cargoMillis, long javacMillis, long libraryBytes) {
    }

    /**
     * @throws KernelProjectException with cargo's or javac's error lines, or why a step could not run
     */
    public static Result build(KernelProject project, Progress progress) throws KernelProjectException, InterruptedException {
        Path build = project.dir().resolve("build");
        Path classes = build.resolve("classes");
        try {
            deleteTree(classes);
            Files.createDirectories(classes);
        } catch (IOException e) {
            throw new KernelProjectException("cannot prepare " + classes + ": " + e.getMessage(), e);
        }
        progress.report("cargo build --release --offline (" + project.crate() + ")", -1);
        long start = System.nanoTime();
        Path library = cargo(project, build.resolve("cargo"));
        long cargoMillis = (System.nanoTime() - start) / 1_000_000;
        progress.report("javac --release 11", -1);
        start = System.nanoTime();
        javac(project, classes);
        long javacMillis = (System.nanoTime() - start) / 1_000_000;
        try {
            Path platform = classes.resolve(Platform.RESOURCE_PREFIX);
            Files.createDirectories(platform);
            Files.copy(library, platform.resolve(System.mapLibraryName(project.crate())), StandardCopyOption.REPLACE_EXISTING);
            Path services = project.dir().resolve("java/META-INF/services");
            Path servicesCopy = classes.resolve("META-INF/services");
            Files.createDirectories(servicesCopy);
            Files.copy(services.resolve(Kernel.class.getName()), servicesCopy.resolve(Kernel.class.getName()),
                StandardCopyOption.REPLACE_EXISTING);
            jar(classes, project.jar());
            return new Result(project.jar(), cargoMillis, javacMillis, Files.size(library));
        } catch (IOException e) {
            throw new KernelProjectException("cannot write " + project.jar() + ": " + e.getMessage(), e);
        }
    }

    private static Path cargo(KernelProject project, Path target) throws KernelProjectException, InterruptedException {
        String cargo = System.getProperty(CARGO_PROPERTY, "cargo");
        Path log = project.dir().resolve("build").resolve("cargo.log");
        ProcessBuilder builder = new ProcessBuilder(cargo, "build", "--release", "--offline")
            .directory(project.dir().resolve("native").toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
        builder.environment().put("CARGO_TARGET_DIR", target.toString());
        builder.environment().put("CARGO_TERM_COLOR", "never");
        Process process;
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new KernelProjectException("cannot run cargo (" + cargo + "): " + e.getMessage()
                + "; install Rust (./oxidizer installs Debian's cargo-web) or set -D" + CARGO_PROPERTY, e);
        }
        if (!process.waitFor(CARGO_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new KernelProjectException("cargo did not finish within " + CARGO_TIMEOUT_MINUTES + " minutes; its output is in " + log);
        }
        if (process.exitValue() != 0) {
            throw new KernelProjectException("cargo could not build the crate in " + project.dir().resolve("native") + ":\n"
                + errors(log) + "\n(the whole output is in " + log + ")");
        }
        Path library = target.resolve("release").resolve(System.mapLibraryName(project.crate()));
        if (!Files.isRegularFile(library)) {
            throw new KernelProjectException("cargo built the crate but left no " + library.getFileName()
                + "; is `crate-type` still [\"cdylib\", ...] in Cargo.toml?");
        }
        return library;
    }

    /** Cargo's error and warning blocks, without the progress lines. */
    private static String errors(Path log) {
        try {
            List<String> kept = new ArrayList<>();
            boolean inBlock = false;
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                String trimmed = line.trim();
                if (trimmed.startsWith("error")) {
                    inBlock = true;
                } else if (trimmed.startsWith("warning") || trimmed.startsWith("Compiling") || trimmed.startsWith("Finished")) {
                    inBlock = false;
                }
                if (inBlock) {
                    kept.add(line);
                }
            }
            List<String> shown = kept.isEmpty() ? Files.readAllLines(log, StandardCharsets.UTF_8) : kept;
            return String.join("\n", shown.subList(0, Math.min(shown.size(), 60)));
        } catch (IOException e) {
            return "(its output could not be read: " + e.getMessage() + ")";
        }
    }

    private static void javac(KernelProject project, Path classes) throws KernelProjectException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new KernelProjectException("this Java runtime has no compiler (javac); run the workbench on a JDK");
        }
        List<Path> sources;
        try (Stream<Path> files = Files.walk(project.dir().resolve("java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new KernelProjectException("cannot list the Java sources of " + project.dir() + ": " + e.getMessage(), e);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "11", "-encoding", "UTF-8", "-proc:none", "-d", classes.toString(),
                "-cp", String.join(File.pathSeparator, classPath()));
            Boolean ok = compiler.getTask(null, files, diagnostics, options, null,
                files.getJavaFileObjectsFromPaths(sources)).call();
            if (!Boolean.TRUE.equals(ok)) {
                StringBuilder text = new StringBuilder("javac could not compile the Java side of " + project.dir() + ":");
                int shown = 0;
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    if (d.getKind() == Diagnostic.Kind.ERROR && shown++ < 10) {
                        text.append("\n  ").append(d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":"
                            + d.getLineNumber() + ": ").append(d.getMessage(Locale.ROOT));
                    }
                }
                throw new KernelProjectException(text.toString());
            }
        } catch (IOException e) {
            throw new KernelProjectException("javac failed: " + e.getMessage(), e);
        }
    }

    /** The kernels' API and JNA, where the workbench itself loads them from. */
    static List<String> classPath() {
        List<String> path = new ArrayList<>();
        for (Class<?> c : List.of(Kernel.class, com.sun.jna.Native.class)) {
            try {
                path.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException | RuntimeException e) {
                throw new IllegalStateException("cannot find where " + c.getName() + " is loaded from", e);
            }
        }
        return path;
    }

    private static void jar(Path classes, Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Path temp = Files.createTempFile(jar.getParent(), "." + jar.getFileName(), ".part");
        try {
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().putValue("Created-By", "oxidizer kernel build");
            try (OutputStream file = Files.newOutputStream(temp); JarOutputStream out = new JarOutputStream(file, manifest);
                 Stream<Path> all = Files.walk(classes)) {
                for (Path p : all.sorted().toList()) {
                    String name = classes.relativize(p).toString().replace(File.separatorChar, '/');
                    if (name.isEmpty() || name.equals("META-INF") || name.equals("META-INF/MANIFEST.MF")) {
                        continue;
                    }
                    if (Files.isDirectory(p)) {
                        out.putNextEntry(new JarEntry(name + "/"));
                    } else {
                        out.putNextEntry(new JarEntry(name));
                        Files.copy(p, out);
                    }
                    out.closeEntry();
                }
            }
            Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
