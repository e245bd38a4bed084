package org.oxidizer.core.kernelgen;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A kernel project for one method, as {@code oxidizer kernel new} writes it: a Rust crate (C entry point over
 * checked slices, a body to fill in, a unit test), the Java side (JNA direct binding, batch marshalling, a
 * catalog entry for exactly this method) and a README. It builds offline as written; its kernel answers with a
 * panic ("not written yet") until the body is filled in, which the verifier reports and never swaps.
 */
public final class KernelProject {

    /** The project's description, read by {@code kernel build} and {@code kernel test}. */
    public static final String DESCRIPTION = "oxidizer-kernel.properties";

    private final Path dir;
    private final Properties description;

    private KernelProject(Path dir, Properties description) {
        this.dir = dir;
        this.description = description;
    }

    public Path dir() {
        return dir;
    }

    public String id() {
        return description.getProperty("id");
    }

    public String methodKey() {
        return description.getProperty("method");
    }

    public String signature() {
        return description.getProperty("signature");
    }

    public String crate() {
        return description.getProperty("crate");
    }

    public String javaPackage() {
        return description.getProperty("package");
    }

    /** Simple name of the catalog entry's class, e.g. {@code StatsChecksumKernel}. */
    public String kernelClass() {
        return description.getProperty("class");
    }

    public boolean isStatic() {
        return Boolean.parseBoolean(description.getProperty("static", "true"));
    }

    public boolean returnsVoid() {
        return methodKey().endsWith(")V");
    }

    /** The jar {@code kernel build} makes. */
    public Path jar() {
        return dir.resolve("build").resolve(id() + "-kernel.jar");
    }

    /**
     * Opens a project written by {@link #write}.
     *
     * @throws KernelProjectException when {@code dir} holds no kernel project
     */
    public static KernelProject open(Path dir) throws KernelProjectException {
        Path file = dir.resolve(DESCRIPTION);
        if (!Files.isRegularFile(file)) {
            throw new KernelProjectException(dir + " is not a kernel project: it has no " + DESCRIPTION
                + " (`oxidizer kernel new` writes one)");
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new KernelProjectException("cannot read " + file + ": " + e.getMessage(), e);
        }
        for (String key : List.of("id", "method", "signature", "crate", "package", "class")) {
            if (p.getProperty(key, "").isBlank()) {
                throw new KernelProjectException(file + " lacks `" + key + "`; write the project again with `oxidizer kernel new`");
            }
        }
        return new KernelProject(dir, p);
    }

    /**
     * Writes the project into {@code dir}, which must be absent or empty; a method with blockers is written only
     * when {@code force}.
     *
     * @return the files written, relative to {@code dir}
     * @throws KernelProjectException with one sentence, before anything is written
     */
    public static List<Path> write(KernelPlan plan, Path dir, boolean force) throws KernelProjectException {
        if (!plan.blockers().isEmpty() && !force) {
            throw new KernelProjectException(plan.className() + "." + plan.methodName() + " "
                + String.join("; it ", plan.blockers()) + ". A kernel would drop that; nothing was written"
                + " (--force writes the project anyway)");
        }
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new KernelProjectException(dir + " is not empty; choose another --out (nothing was overwritten)");
                    }
                }
            }
        } catch (IOException e) {
            throw new KernelProjectException("cannot look into " + dir + ": " + e.getMessage(), e);
        }
        Map<Path, String> files = new LinkedHashMap<>();
        String javaDir = "java/" + plan.javaPackage().replace('.', '/') + "/";
        files.put(Path.of("native/Cargo.toml"), RustSources.cargoToml(plan));
        files.put(Path.of("native/.cargo/config.toml"), RustSources.cargoConfig());
        files.put(Path.of("native/src/ffi.rs"), resource("ffi.rs"));
        files.put(Path.of("native/src/lib.rs"), RustSources.lib(plan));
        files.put(Path.of("native/src/kernel.rs"), RustSources.kernel(plan));
        files.put(Path.of(javaDir + plan.baseName() + "Kernel.java"), JavaSources.catalogEntry(plan));
        files.put(Path.of(javaDir + plan.baseName() + "Native.java"), JavaSources.binding(plan));
        files.put(Path.of("java/META-INF/services/org.oxidizer.kernels.catalog.Kernel"),
            plan.javaPackage() + "." + plan.baseName() + "Kernel\n");
        files.put(Path.of("README.md"), Readme.of(plan, dir.toString()));
        files.put(Path.of(DESCRIPTION), description(plan));
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                    out.write(file.getValue());
                }
                written.add(file.getKey());
            }
        } catch (IOException e) {
            throw new KernelProjectException("cannot write the project into " + dir + ": " + e.getMessage()
                + (written.isEmpty() ? "" : " (" + written.size() + " of " + files.size() + " files were written)"), e);
        }
        return written;
    }

    private static String description(KernelPlan plan) {
        StringBuilder text = new StringBuilder("# Written by `oxidizer kernel new`; `kernel build` and `kernel test` read it.\n");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", plan.id());
        values.put("method", plan.methodKey());
        values.put("signature", plan.display());
        values.put("crate", plan.crate());
        values.put("package", plan.javaPackage());
        values.put("class", plan.baseName() + "Kernel");
        values.put("static", String.valueOf(plan.isStatic()));
        for (Map.Entry<String, String> e : values.entrySet()) {
            text.append(e.getKey()).append('=').append(escape(e.getValue())).append('\n');
        }
        return text.toString();
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '=' || c == ':' || c == '#' || c == '!') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    static String resource(String name) {
        try (InputStream in = KernelProject.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the workbench lacks its template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the template " + name, e);
        }
    }
}
