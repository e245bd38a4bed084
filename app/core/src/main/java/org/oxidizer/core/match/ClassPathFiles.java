package org.oxidizer.core.match;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Class files from a launched target's class path: jars and directories, searched in order. A jar is
 * opened per read, which is cheap next to the few dozen hot classes a profile names.
 */
final class ClassPathFiles implements ClassFiles {

    private final List<Path> entries;

    ClassPathFiles(List<Path> entries) {
        this.entries = List.copyOf(entries);
    }

    @Override
    public Optional<byte[]> read(String className) {
        String resource = ClassFiles.resourceName(className);
        for (Path entry : entries) {
            try {
                Optional<byte[]> bytes = Files.isDirectory(entry) ? fromDirectory(entry, resource) : fromJar(entry, resource);
                if (bytes.isPresent()) {
                    return bytes;
                }
            } catch (IOException e) {
                // An unreadable entry is like a missing one: the next entry may still hold the class.
            }
        }
        return Optional.empty();
    }

    @Override
    public String describe() {
        return entries.stream().map(Path::toString).collect(Collectors.joining(":", "class path ", ""));
    }

    private static Optional<byte[]> fromDirectory(Path dir, String resource) throws IOException {
        Path file = dir.resolve(resource);
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    private static Optional<byte[]> fromJar(Path jar, String resource) throws IOException {
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(resource);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return Optional.of(in.readAllBytes());
            }
        }
    }
}
