package org.oxidizer.kernels;

import com.sun.jna.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Copies the jar's native library to a file named by a hash of its bytes, because dlopen needs a real
 * path and concurrent JVMs or different versions must never overwrite a library another one has mapped.
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
        byte[] bytes = read(loader, resource);
        String fileName = System.mapLibraryName(libraryName);
        int dot = fileName.lastIndexOf('.');
        Path target = dir.resolve(fileName.substring(0, dot) + "-" + sha256(bytes) + fileName.substring(dot));
        try {
            if (isComplete(target, bytes)) {
                return target;
            }
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
            if (isComplete(target, bytes)) {
                return target; // another JVM won the race with identical bytes
            }
            throw new UnsatisfiedLinkError("Cannot extract Oxidizer kernel library " + resource + " to " + target
                    + ": " + e + "; set -D" + KernelLibrary.NATIVE_DIR_PROPERTY + " to a writable directory");
        }
    }

    private static byte[] read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UnsatisfiedLinkError("No Oxidizer kernel library bundled for this platform (classpath resource "
                        + resource + " is missing); set -D" + KernelLibrary.LIBRARY_PROPERTY + " to its path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UnsatisfiedLinkError("Cannot read Oxidizer kernel library resource " + resource + ": " + e);
        }
    }

    private static boolean isComplete(Path target, byte[] bytes) {
        try {
            return Files.isRegularFile(target) && Files.size(target) == bytes.length;
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
