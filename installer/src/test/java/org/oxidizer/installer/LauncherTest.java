package org.oxidizer.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development launcher, {@code ./oxidizer}, on a machine where it cannot install what a command needs: a user
 * who is not root, with no sudo and no Chromium. It must name the packages and the command to run as root, in
 * one sentence, and stop with exit code 2 before any build starts.
 */
class LauncherTest {

    /** Only the tools the launcher uses to decide, found where this machine has them; no sudo, no chromium. */
    private static final List<String> TOOLS = List.of("bash", "env", "dirname", "sed", "awk", "sort", "head", "tail",
        "ls", "find", "grep", "cut", "cat", "mktemp", "rm");

    @Test
    void aUserWhoCannotInstallGetsTheCommandAndExitCode2BeforeAnyBuild(@TempDir Path dir) throws Exception {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        assertTrue(Files.isExecutable(root.resolve("oxidizer")), "the launcher is at " + root);
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : TOOLS) {
            Files.createSymbolicLink(bin.resolve(tool), which(tool));
        }
        Files.createSymbolicLink(bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        Path id = Files.writeString(bin.resolve("id"), "#!/bin/sh\necho 1000\n");     // not root
        Files.setPosixFilePermissions(id, PosixFilePermissions.fromString("rwxr-xr-x"));

        ProcessBuilder builder = new ProcessBuilder(bin.resolve("bash").toString(), root.resolve("oxidizer").toString(), "test")
            .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().put("PATH", bin.toString());
        Process process = builder.start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the launcher decided within two minutes");
        String output = Files.readString(dir.resolve("out.txt"));

        assertEquals(2, process.exitValue(), output);
        List<String> lines = output.lines().toList();
        assertEquals(1, lines.size(), "one sentence: " + output);
        String line = lines.get(0);
        assertTrue(line.startsWith("oxidizer: missing Debian packages: "), line);
        assertTrue(line.contains("chromium (headless Chromium"), "names the package and why: " + line);
        assertTrue(line.matches(".*; install them as root with: apt-get install --no-install-recommends [^;]*\\bchromium\\b.*"), line);
        assertFalse(output.contains("building") || output.contains("mvnw"), "nothing was built: " + output);
    }

    private static Path which(String tool) throws IOException {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IOException(tool + " is not installed");
    }
}
