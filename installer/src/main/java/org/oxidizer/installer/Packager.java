package org.oxidizer.installer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Packages the workbench with jpackage: an app-image, or a .deb of it, holding its own runtime and two
 * launchers over one class path, {@code oxidizer} (the CLI) and {@code oxidizer-workbench} (the GUI).
 *
 * <p>Only the workbench gets a desktop entry: it asks for one itself ({@code linux-shortcut=true} in its
 * launcher file), because jpackage's {@code --linux-shortcut}, a {@code --icon} or an {@code oxidizer.png} in
 * the resource directory would give the CLI a menu entry too, which opens nothing a user could see.
 */
public final class Packager {

    static final String NAME = "oxidizer";
    static final String WORKBENCH = "oxidizer-workbench";
    /** postinst and prerm in the resource directory link {@code /opt/oxidizer/bin/*} into /usr/bin. */
    static final String INSTALL_DIR = "/opt";
    static final String DESCRIPTION =
        "Profile a JVM workload, swap its hot method for a native Rust kernel, prove the gain.";

    private final Path app;
    private final Path cliJar;
    private final Path resources;
    private final String version;
    private final Path work;
    private Path runtime;

    /**
     * @param app       the GUI's and the CLI's dependencies as the build laid them out: {@code lib/*.jar}
     *                  (with {@code oxidizer-gui.jar}) and {@code javafx/*.jar}, which the GUI puts on its module path
     * @param cliJar    the CLI's plain (not shaded) jar: its dependencies are in {@code lib/} already
     * @param resources jpackage's resource directory: the icon, the desktop entry, postinst and prerm
     * @param work      scratch space for the assembled input and the linked runtime
     */
    public Packager(Path app, Path cliJar, Path resources, String projectVersion, Path work) {
        this.app = app;
        this.cliJar = cliJar;
        this.resources = resources;
        this.version = appVersion(projectVersion);
        this.work = work;
    }

    /** Builds {@code dest/oxidizer/} (bin/ with both launchers, lib/app, lib/runtime) and returns it. */
    public Path appImage(Path dest) {
        Path image = dest.resolve(NAME);
        deleteTree(image);
        jpackage("app-image", dest, List.of());
        return image;
    }

    /** Builds {@code dest/oxidizer_<version>-1_<arch>.deb}, installing under /opt/oxidizer, and returns it. */
    public Path deb(Path dest) {
        for (String command : List.of("fakeroot", "dpkg-deb")) {
            if (!onPath(command)) {
                throw new IllegalStateException("a .deb needs " + command + " on PATH: apt-get install fakeroot dpkg");
            }
        }
        jpackage("deb", dest, List.of(
            "--install-dir", INSTALL_DIR,
            "--linux-package-name", NAME,
            "--linux-app-category", "devel",
            "--linux-menu-group", "Development;Profiling;",
            // JavaFX loads GTK itself, from natives inside its jars, so jpackage's ldd scan cannot see it.
            "--linux-package-deps", "libgtk-3-0"));
        try (Stream<Path> files = Files.list(dest)) {
            return files.filter(f -> f.getFileName().toString().startsWith(NAME + "_" + version + "-"))
                .filter(f -> f.getFileName().toString().endsWith(".deb"))
                .max(Comparator.comparing(f -> f.toFile().lastModified()))
                .orElseThrow(() -> new IllegalStateException("jpackage wrote no .deb into " + dest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void jpackage(String type, Path dest, List<String> extra) {
        List<String> args = new ArrayList<>(List.of(
            "--type", type,
            "--name", NAME,
            "--app-version", version,
            "--description", DESCRIPTION,
            "--vendor", "Oxidizer",
            "--input", input().toString(),
            "--main-jar", "lib/oxidizer-cli.jar",
            "--main-class", "org.oxidizer.cli.OxidizerCli",
            "--runtime-image", runtime().toString(),
            "--add-launcher", WORKBENCH + "=" + workbenchLauncher(),
            "--resource-dir", resources.toString(),
            "--dest", dest.toString()));
        args.addAll(extra);
        JdkTool.run("jpackage", args);
    }

    /** jpackage copies the whole input folder into lib/app and puts every jar in it on both launchers' class path. */
    private Path input() {
        Path input = work.resolve("input");
        deleteTree(input);
        copyTree(app, input);
        copy(cliJar, input.resolve("lib/oxidizer-cli.jar"));
        return input;
    }

    /**
     * Linked here rather than by jpackage, which strips {@code bin/java}: the workbench launches targets with
     * the {@code java} of its own runtime.
     */
    private Path runtime() {
        if (runtime == null) {
            Path linked = work.resolve("runtime");
            deleteTree(linked);
            JdkTool.run("jlink", List.of("--add-modules", String.join(",", RuntimeModules.ALL),
                "--strip-debug", "--no-man-pages", "--no-header-files", "--output", linked.toString()));
            runtime = linked;
        }
        return runtime;
    }

    /** JavaFX goes on the module path, as {@code ./oxidizer} runs it, so JavaFX does not warn about the class path. */
    private Path workbenchLauncher() {
        Path file = work.resolve(WORKBENCH + ".properties");
        String text = String.join("\n",
            "main-jar=lib/oxidizer-gui.jar",
            "main-class=org.oxidizer.gui.Main",
            "java-options=--module-path $APPDIR/javafx --add-modules javafx.controls",
            "description=The Oxidizer desktop workbench",
            "icon=" + resources.resolve(WORKBENCH + ".png").toAbsolutePath(),
            "linux-shortcut=true",
            "");
        try {
            Files.createDirectories(work);
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * The version jpackage stamps on the image and the .deb, the project's own where it can be: 0.2.0 ships as
     * 0.2.0. A .deb's version must start with a digit and has no '-' of its own, so a qualifier follows a '~',
     * which Debian sorts before the release it leads to: 0.3.0-SNAPSHOT ships as 0.3.0~SNAPSHOT, 2.0-rc-1 as 2.0~rc.1.
     */
    static String appVersion(String projectVersion) {
        String[] parts = projectVersion.split("-", 2);
        if (!parts[0].matches("\\d+(\\.\\d+){0,2}") || parts.length == 2 && !parts[1].matches("[A-Za-z0-9.+-]+")) {
            throw new IllegalArgumentException("cannot package version " + projectVersion + ": expected 1.2.3[-QUALIFIER]");
        }
        return parts.length == 1 ? parts[0] : parts[0] + "~" + parts[1].replace('-', '.');
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
            .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(Files::isRegularFile).forEach(f -> copy(f, to.resolve(from.relativize(f).toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy " + from + ": " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + root + ": " + e.getMessage(), e);
        }
    }
}
