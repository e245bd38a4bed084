package org.oxidizer.core.kernelgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code oxidizer kernel test --junit OUT}: a JUnit 5 test a team keeps in its own repository, with the captured calls
 * as a test resource and the Java method as the oracle (its answers recomputed on every run; for an instance method,
 * whose object was not captured, the answers saved with the calls). Written in Maven's layout:
 * {@code OUT/java/<package>/...ReplayTest.java} and {@code OUT/resources/<package>/...calls.oxc}.
 */
public final class ReplayTestWriter {

    private ReplayTestWriter() {
    }

    /** @return the test's source file and its resource, in that order */
    public static List<Path> write(KernelProject project, Path calls, Path out) throws KernelProjectException {
        String pkg = project.javaPackage();
        String base = project.kernelClass().substring(0, project.kernelClass().length() - "Kernel".length());
        String className = base + "ReplayTest";
        String resource = project.id() + "-calls.oxc";
        Path source = out.resolve("java").resolve(pkg.replace('.', '/')).resolve(className + ".java");
        Path copy = out.resolve("resources").resolve(pkg.replace('.', '/')).resolve(resource);
        try {
            Files.createDirectories(source.getParent());
            Files.createDirectories(copy.getParent());
            Files.copy(calls, copy, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(source, source(project, pkg, base, className, resource), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KernelProjectException("cannot write the replay test into " + out + ": " + e.getMessage(), e);
        }
        return List.of(source, copy);
    }

    private static String source(KernelProject project, String pkg, String base, String className, String resource) {
        String key = project.methodKey();
        return """
            package %1$s;

            import static org.junit.jupiter.api.Assertions.assertFalse;
            import static org.junit.jupiter.api.Assertions.fail;

            import java.io.IOException;
            import java.net.URISyntaxException;
            import java.nio.file.Path;
            import java.util.Map;
            import java.util.Optional;
            import org.junit.jupiter.api.Test;
            import org.oxidizer.kernels.calls.ArgumentCopies;
            import org.oxidizer.kernels.calls.CallFile;
            import org.oxidizer.kernels.catalog.BoundKernel;
            import org.oxidizer.kernels.catalog.ResultDifference;

            /**
             * Kernel {@code %2$s} against the Java method {@code %3$s} on real calls captured from a running JVM
             * ({@code %4$s}), written by {@code oxidizer kernel test --junit}. Needs the kernel's jar, the Java method's
             * classes and JUnit 5 on the test class path.
             */
            class %5$s {

                /** Whether the Java method can be run here (a static method); else the answers saved with the calls are the oracle. */
                private static final boolean RUN_JAVA = %6$s;
                private static final boolean VOID = %7$s;

                @Test
                void theKernelAnswersLikeTheJavaMethodOnEveryCapturedCall() throws IOException, URISyntaxException {
                    CallFile calls = CallFile.read(Path.of(%5$s.class.getResource("%4$s").toURI()));
                    assertFalse(calls.calls().isEmpty(), "the resource holds no calls");
                    %8$sKernel entry = new %8$sKernel();
                    BoundKernel kernel = entry.bind(%8$sKernel.DESCRIPTOR, Map.of());
                    int call = 0;
                    for (CallFile.Call captured : calls.calls()) {
                        Object[] javaArgs = ArgumentCopies.of(captured.args());
                        Object[] kernelArgs = ArgumentCopies.of(captured.args());
                        Object java = RUN_JAVA ? %8$sKernel.java(javaArgs) : captured.outcome();
                        Object answer = kernel.invoke(kernelArgs);
                        Optional<String> difference = ResultDifference.first(VOID && RUN_JAVA ? javaArgs : java,
                            VOID ? kernelArgs : answer, entry.tolerance());
                        if (difference.isPresent()) {
                            fail("call " + call + " of " + calls.calls().size() + ": " + difference.get() + "; input "
                                + ResultDifference.show(captured.args().length == 1 ? captured.args()[0] : captured.args()));
                        }
                        call++;
                    }
                }
            }
            """.formatted(pkg, project.id(), key, resource, className, project.isStatic(), project.returnsVoid(), base);
    }
}
