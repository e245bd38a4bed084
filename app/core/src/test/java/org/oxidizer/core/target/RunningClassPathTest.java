package org.oxidizer.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunningClassPathTest {

    @Test
    void readsTheClassPathOfARunningJvmWithoutAttaching() throws Exception {
        try (ChildJvm child = ChildJvm.startBusy()) {
            Optional<List<Path>> cp = RunningClassPath.of(child.pid());
            assertTrue(cp.isPresent());
            assertTrue(cp.get().contains(BundledJars.samplesJar().toAbsolutePath().normalize())
                || cp.get().stream().anyMatch(p -> p.getFileName().toString().startsWith("oxidizer-samples")), cp.toString());
        }
    }

    @Test
    void followsTheLaunchersRules(@TempDir Path cwd) throws Exception {
        Files.createDirectories(cwd.resolve("lib"));
        Files.writeString(cwd.resolve("lib/b.jar"), "");
        Files.writeString(cwd.resolve("lib/a.jar"), "");
        assertEquals(Optional.of(List.of(cwd.resolve("classes"), cwd.resolve("lib/a.jar"), cwd.resolve("lib/b.jar"))),
            RunningClassPath.parse(List.of("java", "-Xmx1g", "-cp", "classes:lib/*", "com.acme.Main", "-cp", "x"), cwd));
        assertEquals(Optional.of(List.of(cwd.resolve("app.jar"))),
            RunningClassPath.parse(List.of("java", "-jar", "app.jar", "--port", "1"), cwd));
        assertEquals(Optional.empty(), RunningClassPath.parse(List.of("java", "com.acme.Main"), cwd));
        assertEquals(Optional.empty(), RunningClassPath.of(Long.MAX_VALUE));
    }
}
