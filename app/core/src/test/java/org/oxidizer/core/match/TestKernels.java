package org.oxidizer.core.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.Kernel;
import org.oxidizer.kernels.catalog.KernelCatalog;
import org.oxidizer.kernels.catalog.MethodShape;
import org.oxidizer.kernels.catalog.ThreadUse;
import org.oxidizer.kernels.catalog.Tolerance;
import org.oxidizer.kernels.catalog.UnsupportedBindingException;

/**
 * Kernels that exist only for tests, and catalogs of exactly the kernels a test names, so kernels others
 * add to the bundled catalog never change what these tests expect.
 */
final class TestKernels {

    private TestKernels() {
    }

    /** A catalog found through ServiceLoader, as in production, but listing only {@code kernels}. */
    static KernelCatalog catalog(Path dir, Class<?>... kernels) {
        String services = "META-INF/services/" + Kernel.class.getName();
        try {
            Path file = dir.resolve(services);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Arrays.stream(kernels).map(Class::getName).collect(Collectors.joining("\n")));
            URL url = file.toUri().toURL();
            return KernelCatalog.load(new ClassLoader(TestKernels.class.getClassLoader()) {
                @Override
                public Enumeration<URL> getResources(String name) throws IOException {
                    return name.equals(services) ? Collections.enumeration(List.of(url)) : super.getResources(name);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code double sum(double[])} kernel without parameters. */
    public static final class SquareRootSum extends Base {
        public SquareRootSum() {
            super("test_sqrt_sum", new MethodShape("([D)D", "double sum(double[] values)", List.of(), "test#sum"));
        }
    }

    /** Takes a parameter the finder cannot read from a method. */
    public static final class Thresholded extends Base {
        public Thresholded() {
            super("test_threshold", new MethodShape("([D)D", "double (double[])", List.of("threshold"), "test#above"));
        }
    }

    /** Refuses every binding, as a kernel does for a pattern it does not implement. */
    public static final class Refusing extends Base {
        public Refusing() {
            super("test_refusing", new MethodShape("(I)I", "int f(int n)", List.of(), "test#f"));
        }

        @Override
        public BoundKernel bind(String descriptor, Map<String, String> parameters) {
            throw new UnsupportedBindingException("Kernel test_refusing never binds");
        }
    }

    /** A kernel with a bug in bind: the finder reports it instead of failing. */
    public static final class Broken extends Base {
        public Broken() {
            super("test_broken", new MethodShape("(I)I", "int f(int n)", List.of(), "test#f"));
        }

        @Override
        public BoundKernel bind(String descriptor, Map<String, String> parameters) {
            throw new IllegalStateException("library missing");
        }
    }

    private abstract static class Base implements Kernel {
        private final String id;
        private final MethodShape shape;

        Base(String id, MethodShape shape) {
            this.id = id;
            this.shape = shape;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String summary() {
            return "test kernel " + id;
        }

        @Override
        public List<MethodShape> shapes() {
            return List.of(shape);
        }

        @Override
        public List<String> semantics() {
            return List.of();
        }

        @Override
        public ThreadUse threadUse() {
            return ThreadUse.CALLING_THREAD;
        }

        @Override
        public Tolerance tolerance() {
            return Tolerance.exact();
        }

        @Override
        public BoundKernel bind(String descriptor, Map<String, String> parameters) {
            BoundKernel.requireShape(this, descriptor);
            return new BoundKernel(this, descriptor, parameters, args -> 0.0, args -> 0.0, () -> { });
        }
    }
}
