package org.oxidizer.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smoke test of what users install: packages the app-image as {@code -Pinstaller} does and starts its
 * launchers with no JDK on PATH, so the CLI, and the targets it launches, can only run on the bundled runtime.
 */
class AppImageIT {

    private static Path image;

    @BeforeAll
    static void packageAppImage() {
        Path work = Path.of(property("installer.work"));
        long start = System.nanoTime();
        image = new Packager(Path.of(property("installer.app")), Path.of(property("installer.cliJar")),
            Path.of(property("installer.resources")), property("installer.version"), work)
            .appImage(work.resolve("image"));
        System.out.printf("app-image %s packaged in %d s%n", image, (System.nanoTime() - start) / 1_000_000_000L);
    }

    @Test
    void cliPrintsTheProjectVersion() throws Exception {
        Result result = run(image.getParent(), "bin/oxidizer", "--version");

        assertEquals(0, result.exitCode(), result.output());
        assertEquals("oxidizer " + property("installer.version"), result.output().strip());
    }

    /** Every subcommand the README documents runs from the image; this one draws with the workbench's classes. */
    @Test
    void benchFlameDrawsOffScreenFromTheImage(@TempDir Path dir) throws Exception {
        Result result = run(dir, "bin/oxidizer", "bench", "flame", "--samples", "20000", "--frames", "2000", "--rounds", "1");

        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("first paint: model"), result.output());
        assertTrue(result.output().contains("hover redraw, whole profile"), result.output());
    }

    /** JMH forks a JVM from the image's own runtime with the image's class path: one tiny benchmark proves both. */
    @Test
    void benchKernelsRunsJmhInAForkOfTheBundledRuntime(@TempDir Path dir) throws Exception {
        Result result = run(dir, "bin/oxidizer", "bench", "kernels", "BoundaryBenchmark.a_javaLoop_1k", "--forks", "1",
            "--warmups", "0", "--iterations", "1", "--millis", "100");

        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("BoundaryBenchmark.a_javaLoop_1k"), result.output());
    }

    @Test
    void demoSwapsTheKernelInTargetsOnTheBundledRuntime(@TempDir Path out) throws Exception {
        Result result = run(out, "bin/oxidizer", "demo", "--texts", "20000", "--runs", "1", "--out", out.toString());

        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("results           identical"), result.output());
        for (String report : List.of("report.html", "report.md", "report.json")) {
            assertTrue(Files.size(out.resolve(report)) > 0, report);
        }
        String json = Files.readString(out.resolve("report.json"));
        Matcher checksums = Pattern.compile("\"checksum\" : \"(\\w+)\"").matcher(json);
        List<String> found = new ArrayList<>();
        while (checksums.find()) {
            found.add(checksums.group(1));
        }
        assertEquals(2, found.size(), json);
        assertEquals(found.get(0), found.get(1), "before and after must compute the same answer");
        assertTrue(json.contains("\"identicalResults\" : true"), json);
    }

    /** Without a display, JavaFX fails only once its modules resolved and its natives loaded from the image. */
    @Test
    void workbenchGetsAsFarAsNeedingADisplay(@TempDir Path dir) throws Exception {
        Result result = run(dir, "bin/oxidizer-workbench");

        assertNotEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("Unable to open DISPLAY"), result.output());
        assertFalse(result.output().contains("not found"), result.output());
    }

    @Test
    void runtimeKeepsJavaToLaunchTargetsWith() {
        assertTrue(Files.isExecutable(image.resolve("lib/runtime/bin/java")));
        assertTrue(Files.isRegularFile(image.resolve("lib/" + Packager.WORKBENCH + ".png")));
    }

    /** Failsafe sets these after the package phase laid out the app: the test needs the packaged reactor. */
    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: this test runs in ./mvnw verify (failsafe), not alone");
        }
        return value;
    }

    private static Result run(Path dir, String launcher, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(image.resolve(launcher).toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("oxidizer-smoke", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
            .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("PATH", File.separator + "nonexistent");
        for (String variable : List.of("JAVA_HOME", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "DISPLAY", "WAYLAND_DISPLAY")) {
            env.remove(variable);
        }
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(launcher + " did not finish in 3 minutes: " + Files.readString(log));
        }
        String output = Files.readString(log);
        Files.delete(log);
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
