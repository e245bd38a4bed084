package org.oxidizer.agent.boot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Builds the agent's private class loader once per JVM: the implementation jar (with JNA, ByteBuddy and
 * async-profiler) is extracted and loaded beside, not into, the target's classes. The bridge package
 * stays in the agent jar, which the JVM puts on the system class path, so swapped application classes
 * and the private loader share one copy. (Appending to the bootstrap path instead would switch off
 * class-data sharing for the target's own classes and make the JVM print a warning in its output.)
 */
final class AgentLoader {

    private static final String BRIDGE_PACKAGE = "org.oxidizer.agent.bridge.";
    private static ClassLoader impl;

    private AgentLoader() {
    }

    static synchronized ClassLoader get() throws IOException {
        if (impl == null) {
            URL implJar = extract("oxidizer/agent-impl.jar").toUri().toURL();
            impl = new ImplLoader(implJar, AgentLoader.class.getClassLoader());
        }
        return impl;
    }

    /** Parent-last isolation from the target, except for the bridge, which must be the system loader's copy. */
    private static final class ImplLoader extends URLClassLoader {
        private final ClassLoader agentJarLoader;

        ImplLoader(URL implJar, ClassLoader agentJarLoader) {
            super("oxidizer-agent", new URL[] {implJar}, ClassLoader.getPlatformClassLoader());
            this.agentJarLoader = agentJarLoader;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith(BRIDGE_PACKAGE)) {
                return agentJarLoader.loadClass(name);
            }
            return super.loadClass(name, resolve);
        }
    }

    /** Copies a nested jar to a private, content-addressed file, so concurrent targets never clash. */
    private static Path extract(String resource) throws IOException {
        byte[] bytes;
        try (InputStream in = AgentLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the agent jar has no " + resource + " (was it built by Maven?)");
            }
            bytes = in.readAllBytes();
        }
        Path dir = privateDirectory().resolve(sha256(bytes).substring(0, 16));
        Path target = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
            return target;
        }
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "part-", ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static Path privateDirectory() {
        String configured = System.getProperty("oxidizer.agent.dir");
        if (configured != null) {
            return Paths.get(configured);
        }
        return Paths.get(System.getProperty("java.io.tmpdir"), "oxidizer-agent-" + System.getProperty("user.name"));
    }

    private static String sha256(byte[] bytes) {
        try {
            StringBuilder hex = new StringBuilder();
            for (byte b : MessageDigest.getInstance("SHA-256").digest(bytes)) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
