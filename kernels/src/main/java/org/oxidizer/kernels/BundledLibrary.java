package org.oxidizer.kernels;

import com.sun.jna.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.jar.JarEntry;

/**
 * Copies the jar's native library to a file named by its jar entry's CRC-32 and size (outside a jar: a hash of its
 * bytes), because dlopen needs a real path and concurrent JVMs or different versions must never overwrite a library
 * another one has mapped.
 */
final class BundledLibrary {

    private BundledLibrary() {
    }

    /** Classpath resource of the library for the running platform, e.g. {@code linux-x86-64/liboxidizer_kernels.so}. */
    static String resourceName(String libraryName) {
        return Platform.RESOURCE_PREFIX + "/" + System.mapLibraryName(libraryName);
    }

    /** Returns the extracted file in {@code dir}, writing it (temp file, then atomic rename) if absent. */
    static Path extract(Path dir) {
        return extract(dir, BundledLibrary.class.getClassLoader(), KernelLibrary.LIBRARY_NAME);
    }

    /** As {@link #extract(Path)}, for the library {@code libraryName} that {@code loader}'s jar carries. */
    static Path extract(Path dir, ClassLoader loader, String libraryName) {
        String resource = resourceName(libraryName);
        URL url = loader.getResource(resource);
        if (url == null) {
            throw new UnsatisfiedLinkError("No Oxidizer kernel library bundled for this platform (classpath resource "
                    + resource + " is missing); set -D" + KernelLibrary.LIBRARY_PROPERTY + " to its path");
        }
        String fileName = System.mapLibraryName(libraryName);
        int dot = fileName.lastIndexOf('.');
        // In a jar the entry's CRC-32 and size name it: a start that finds it extracted reads and hashes nothing.
        JarEntry entry = jarEntry(url);
        byte[] bytes = entry == null ? read(url, resource) : null;
        Path target = dir.resolve(fileName.substring(0, dot) + "-" + (entry != null ? key(entry) : sha256(bytes))
                + fileName.substring(dot));
        if (isComplete(target, entry != null ? entry.getSize() : bytes.length)) {
            return target;
        }
        return write(dir, target, bytes != null ? bytes : read(url, resource), fileName, resource);
    }

    /**
     * A folder in {@code dir} holding JNA's {@code libjnidispatch.so} from its jar (the folder named by the entry's
     * CRC-32 and size), written once; null when it is not in a jar or cannot be written.
     */
    static Path extractDispatch(Path dir, ClassLoader jnaLoader) {
        String fileName = System.mapLibraryName("jnidispatch");
        URL url = jnaLoader == null ? null : jnaLoader.getResource("com/sun/jna/" + Platform.RESOURCE_PREFIX + "/" + fileName);
        JarEntry entry = url == null ? null : jarEntry(url);
        if (entry == null) {
            return null;
        }
        Path folder = dir.resolve("jnidispatch-" + key(entry));
        Path target = folder.resolve(fileName);
        if (isComplete(target, entry.getSize())) {
            return folder;
        }
        try {
            write(folder, target, read(url, fileName), fileName, fileName);
            return folder;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return null;
        }
    }

    private static Path write(Path dir, Path target, byte[] bytes, String fileName, String resource) {
        try {
            createPrivateDirectories(dir);
            Path temp = Files.createTempFile(dir, "." + fileName, ".tmp");
            try {
                Files.write(temp, bytes);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            return target;
        } catch (IOException | RuntimeException e) {
            if (isComplete(target, bytes.length)) {
                return target; // another JVM won the race with identical bytes
            }
            throw new UnsatisfiedLinkError("Cannot extract Oxidizer kernel library " + resource + " to " + target
                    + ": " + e + "; set -D" + KernelLibrary.NATIVE_DIR_PROPERTY + " to a writable directory");
        }
    }

    /** {@code crc-size} in hex: what names a jar entry's extracted copy. */
    private static String key(JarEntry entry) {
        return Long.toHexString(entry.getCrc()) + "-" + Long.toHexString(entry.getSize());
    }

    /** The jar entry behind {@code url} when it has a known CRC and size, else null (e.g. a classes folder). */
    private static JarEntry jarEntry(URL url) {
        if (!"jar".equals(url.getProtocol())) {
            return null;
        }
        try {
            JarEntry entry = ((JarURLConnection) url.openConnection()).getJarEntry();
            return entry != null && entry.getCrc() != -1 && entry.getSize() >= 0 ? entry : null;
        } catch (IOException | ClassCastException e) {
            return null;
        }
    }

    private static byte[] read(URL url, String resource) {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UnsatisfiedLinkError("Cannot read Oxidizer kernel library resource " + resource + ": " + e);
        }
    }

    private static boolean isComplete(Path target, long size) {
        try {
            return Files.isRegularFile(target) && Files.size(target) == size;
        } catch (IOException e) {
            return false;
        }
    }

    private static void createPrivateDirectories(Path dir) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder hex = new StringBuilder(32);
            for (int i = 0; i < 16; i++) {
                hex.append(Character.forDigit((digest[i] >> 4) & 0xF, 16)).append(Character.forDigit(digest[i] & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
