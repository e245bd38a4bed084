package org.oxidizer.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.NativeLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader must fail with a message that names the file, and extract the bundled library exactly once per content. */
class KernelLibraryTest {

    @Test
    void missingOverrideNamesThePath(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere/liboxidizer_kernels.so");
        UnsatisfiedLinkError error = assertThrows(UnsatisfiedLinkError.class,
                () -> KernelLibrary.load(missing.toString(), dir.toString()));
        assertTrue(error.getMessage().contains(missing.toString()), error.getMessage());
        assertTrue(error.getMessage().contains(KernelLibrary.LIBRARY_PROPERTY), error.getMessage());
    }

    @Test
    void overrideThatIsNoLibraryNamesThePath(@TempDir Path dir) throws IOException {
        Path notALibrary = Files.writeString(dir.resolve("liboxidizer_kernels.so"), "not an ELF file");
        UnsatisfiedLinkError error = assertThrows(UnsatisfiedLinkError.class,
                () -> KernelLibrary.load(notALibrary.toString(), dir.toString()));
        assertTrue(error.getMessage().startsWith("Cannot load Oxidizer kernel library " + notALibrary), error.getMessage());
    }

    @Test
    void bundledLibraryIsExtractedOnceUnderItsContentHash(@TempDir Path dir) throws IOException {
        Path nativeDir = dir.resolve("cache/native");
        NativeLibrary first = KernelLibrary.load(null, nativeDir.toString());
        NativeLibrary second = KernelLibrary.load("", nativeDir.toString());
        assertEquals(first.getFile(), second.getFile());
        assertTrue(first.getFunction("extract_and_aggregate") != null);
        List<String> files;
        try (Stream<Path> listed = Files.list(nativeDir)) {
            files = listed.map(p -> p.getFileName().toString()).collect(Collectors.toList());
        }
        assertEquals(1, files.size(), files.toString());
        assertTrue(files.get(0).matches("liboxidizer_kernels-[0-9a-f]{32}\\.so"), files.get(0));
    }

    @Test
    void sharedLibraryIsLoadedOnce() {
        assertTrue(KernelLibrary.library() == KernelLibrary.library());
    }
}
