package org.oxidizer.agent.boot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Builds the agent's private class loader once per JVM: the implementation jar (with JNA, ASM and
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

    /**
     * Copies a nested jar to a private file named after its CRC and size from the agent jar's directory,
     * so a start that finds it already extracted reads nothing, and concurrent targets never clash.
     */
    private static Path extract(String resource) throws IOException {
        try (JarFile agentJar = new JarFile(agentJarPath().toFile())) {
            JarEntry entry = agentJar.getJarEntry(resource);
            if (entry == null) {
                throw new IOException("the agent jar has no " + resource + " (was it built by Maven?)");
            }
            String key = Long.toHexString(entry.getCrc()) + "-" + Long.toHexString(entry.getSize());
            Path target = privateDirectory().resolve(key).resolve(resource.substring(resource.lastIndexOf('/') + 1));
            if (Files.isRegularFile(target) && Files.size(target) == entry.getSize()) {
                return target;
            }
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "part-", ".tmp");
            try (InputStream in = agentJar.getInputStream(entry)) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        }
    }

    private static Path agentJarPath() throws IOException {
        try {
            return Paths.get(AgentLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot tell where the agent jar is: " + e.getMessage(), e);
        }
    }

    private static Path privateDirectory() {
        String configured = System.getProperty("oxidizer.agent.dir");
        if (configured != null) {
            return Paths.get(configured);
        }
        return Paths.get(System.getProperty("java.io.tmpdir"), "oxidizer-agent-" + System.getProperty("user.name"));
    }
}
