package org.oxidizer.core.target;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The jars a target JVM needs from us (the agent, the bundled samples) travel inside the core jar and
 * are copied to a private, content-addressed directory on first use. {@code -Doxidizer.agent.jar=} and
 * {@code -Doxidizer.samples.jar=} override them.
 */
public final class BundledJars {

    private BundledJars() {
    }

    public static Path agentJar() {
        return locate("oxidizer.agent.jar", "oxidizer-agent.jar");
    }

    public static Path samplesJar() {
        return locate("oxidizer.samples.jar", "oxidizer-samples.jar");
    }

    private static Path locate(String property, String resourceName) {
        String override = System.getProperty(property);
        if (override != null) {
            return Path.of(override);
        }
        try (InputStream in = BundledJars.class.getResourceAsStream("/org/oxidizer/core/bundled/" + resourceName)) {
            if (in == null) {
                throw new IllegalStateException(resourceName + " is not bundled in this build; run the Maven build"
                    + " (./oxidizer builds what is missing) or set -D" + property + "=PATH");
            }
            byte[] bytes = in.readAllBytes();
            Path dir = privateDirectory().resolve(sha256(bytes).substring(0, 16));
            Path target = dir.resolve(resourceName);
            if (!Files.isRegularFile(target) || Files.size(target) != bytes.length) {
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, "part-", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack " + resourceName + ": " + e.getMessage(), e);
        }
    }

    private static Path privateDirectory() {
        String configured = System.getProperty("oxidizer.cache.dir");
        return configured != null ? Path.of(configured)
            : Path.of(System.getProperty("user.home"), ".cache", "oxidizer", "jars");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
