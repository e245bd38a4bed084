package org.oxidizer.core.target;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The feature version of a JDK on disk (17, 21, 25), read from its {@code release} file. */
final class JavaRuntimeVersion {

    private JavaRuntimeVersion() {
    }

    static int feature(Path javaHome) {
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String first = v.startsWith("1.") ? v.substring(2) : v;
                    return Integer.parseInt(first.split("[.+-]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through: an unknown JDK is treated as the one we run on
        }
        return Runtime.version().feature();
    }
}
