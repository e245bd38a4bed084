package org.oxidizer.kernels.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Every {@link Kernel} visible to a class loader, by id. A kernel jar that fails to load is reported, not fatal. */
public final class KernelCatalog {

    private final Map<String, Kernel> kernels;
    private final List<String> problems;

    private KernelCatalog(Map<String, Kernel> kernels, List<String> problems) {
        this.kernels = Collections.unmodifiableMap(kernels);
        this.problems = List.copyOf(problems);
    }

    /** The kernels registered as services in {@code loader}'s class path, sorted by id. */
    public static KernelCatalog load(ClassLoader loader) {
        List<Kernel> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        var providers = ServiceLoader.load(Kernel.class, loader).iterator();
        while (true) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                found.add(providers.next());
            } catch (ServiceConfigurationError e) {
                problems.add("A kernel could not be loaded: " + e.getMessage());
            }
        }
        found.sort(Comparator.comparing(Kernel::id));
        Map<String, Kernel> byId = new LinkedHashMap<>();
        for (Kernel kernel : found) {
            Kernel earlier = byId.putIfAbsent(kernel.id(), kernel);
            if (earlier != null) {
                problems.add("Two kernels have the id " + kernel.id() + ": " + earlier.getClass().getName()
                    + " and " + kernel.getClass().getName() + "; the first one is used");
            }
        }
        return new KernelCatalog(byId, problems);
    }

    /** The kernels next to this class: the bundled ones plus any on the same class path. */
    public static KernelCatalog bundled() {
        return load(KernelCatalog.class.getClassLoader());
    }

    /**
     * The bundled kernels plus those of kernel jars (a user's, from {@code oxidizer kernel build}).
     *
     * @throws IllegalArgumentException naming a jar that is not there
     */
    public static KernelCatalog bundledWith(List<java.nio.file.Path> jars) {
        if (jars.isEmpty()) {
            return bundled();
        }
        java.net.URL[] urls = new java.net.URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            java.nio.file.Path jar = jars.get(i);
            if (!java.nio.file.Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("There is no kernel jar " + jar);
            }
            try {
                urls[i] = jar.toUri().toURL();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalArgumentException("Kernel jar " + jar + " is not a file name", e);
            }
        }
        return load(new java.net.URLClassLoader(urls, KernelCatalog.class.getClassLoader()));
    }

    public List<Kernel> kernels() {
        return List.copyOf(kernels.values());
    }

    public Optional<Kernel> find(String id) {
        return Optional.ofNullable(kernels.get(id));
    }

    /** @throws IllegalArgumentException naming the known ids when there is no such kernel */
    public Kernel require(String id) {
        Kernel kernel = kernels.get(id);
        if (kernel == null) {
            throw new IllegalArgumentException("No kernel '" + id + "' in the catalog; known: " + kernels.keySet());
        }
        return kernel;
    }

    /** Kernels that failed to load or clashed, one sentence each. */
    public List<String> problems() {
        return problems;
    }
}
