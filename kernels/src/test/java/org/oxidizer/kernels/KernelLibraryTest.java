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
        files.sort(null);
        assertEquals(2, files.size(), files.toString());
        assertTrue(files.get(0).matches("jnidispatch-[0-9a-f]+-[0-9a-f]+"), "JNA's own part, kept once: " + files);
        assertTrue(Files.isRegularFile(nativeDir.resolve(files.get(0)).resolve(System.mapLibraryName("jnidispatch"))));
        assertTrue(files.get(1).matches("liboxidizer_kernels-[0-9a-f]{32}\\.so"), "outside a jar, by a hash: " + files);
        assertEquals(null, System.getProperty("jna.boot.library.path"), "set for JNA's first use only");
    }

    @Test
    void aLibraryInAJarIsNamedByItsEntryAndNotWrittenTwice(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("kernel.jar");
        String resource = BundledLibrary.resourceName("demo_kernel");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry(resource));
            out.write("not really a library".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            Path first = BundledLibrary.extract(dir.resolve("native"), loader, "demo_kernel");
            assertTrue(first.getFileName().toString().matches("libdemo_kernel-[0-9a-f]+-14\\.so"), first.toString());
            assertEquals("not really a library", Files.readString(first));
            Files.setLastModifiedTime(first, java.nio.file.attribute.FileTime.fromMillis(0));
            assertEquals(first, BundledLibrary.extract(dir.resolve("native"), loader, "demo_kernel"));
            assertEquals(0, Files.getLastModifiedTime(first).toMillis(), "found complete, not written again");
        }
    }

    @Test
    void sharedLibraryIsLoadedOnce() {
        assertTrue(KernelLibrary.library() == KernelLibrary.library());
    }
}
