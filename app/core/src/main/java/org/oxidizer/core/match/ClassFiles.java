package org.oxidizer.core.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a target's class files come from: its jars and directories for a launched target, the running JVM
 * (through the agent) for an attached one.
 */
@FunctionalInterface
public interface ClassFiles {

    /** The class file of a binary class name such as {@code org.acme.Outer$Inner}, empty when it is not there. */
    Optional<byte[]> read(String className);

    /** Where the class files are looked up, for sentences like "could not be read from ...". */
    default String describe() {
        return "the class files given";
    }

    /** From jars and class directories, first hit wins, like a class path. */
    static ClassFiles classPath(List<Path> entries) {
        return new ClassPathFiles(entries);
    }

    /** From a class loader's resources (tests; classes on the workbench's own class path). */
    static ClassFiles of(ClassLoader loader) {
        return new ClassFiles() {
            @Override
            public Optional<byte[]> read(String className) {
                try (InputStream in = loader.getResourceAsStream(resourceName(className))) {
                    return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String describe() {
                return "class loader " + (loader.getName() != null ? loader.getName() : loader.toString());
            }
        };
    }

    /** {@code org.acme.Outer$Inner} -> {@code org/acme/Outer$Inner.class} */
    static String resourceName(String className) {
        return className.replace('.', '/') + ".class";
    }
}
