package org.oxidizer.core.kernelgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidizer.agent.api.Facts;
import org.oxidizer.agent.api.RouteKeys;
import org.oxidizer.agent.api.SwapControlMXBean;
import org.oxidizer.agent.api.VerificationKeys;
import org.oxidizer.core.target.AttachedTarget;
import org.oxidizer.core.target.BundledJars;
import org.oxidizer.core.target.ChildJvm;
import org.oxidizer.core.task.Progress;
import org.oxidizer.kernels.calls.CallFile;

/**
 * The whole "your own kernel" loop on a bundled sample method no catalog kernel knows: write the project, fill in
 * the Rust body, build it, capture real calls from the running sample, replay them through the kernel, then verify
 * and swap it live in that JVM.
 */
class OwnKernelTest {

    static final String CLASS = "org.oxidizer.samples.wordfreq.WordFrequency";
    static final String METHOD = "wordFrequencies";

    static byte[] sampleClass(String className) throws Exception {
        try (JarFile jar = new JarFile(BundledJars.samplesJar().toFile());
             InputStream in = jar.getInputStream(jar.getEntry(className.replace('.', '/') + ".class"))) {
            return in.readAllBytes();
        }
    }

    static KernelProject writtenAndFilled(Path dir) throws Exception {
        KernelPlan plan = KernelPlan.of(sampleClass(CLASS), METHOD, null);
        KernelProject.write(plan, dir, false);
        try (InputStream body = OwnKernelTest.class.getResourceAsStream("word_frequencies.rs")) {
            Files.copy(body, dir.resolve("native/src/kernel.rs"), StandardCopyOption.REPLACE_EXISTING);
        }
        return KernelProject.open(dir);
    }

    @Test
    void aMethodTheCatalogLacksGetsAKernelThatIsBuiltCapturedTestedAndSwappedLive(@TempDir Path tmp) throws Exception {
        KernelPlan plan = KernelPlan.of(sampleClass(CLASS), METHOD, null);
        assertEquals("Map<String, Integer> wordFrequencies(List<String> lines)", plan.display());
        assertEquals("word_frequency_word_frequencies", plan.id());
        assertEquals(List.of(), plan.blockers());

        KernelProject project = writtenAndFilled(tmp.resolve("kernel"));
        KernelBuild.Result built = KernelBuild.build(project, Progress.NONE);
        assertTrue(Files.size(built.jar()) > 10_000, "the jar carries the library");
        assertEquals(0, cargoTest(project), "the body's own unit test, as the README says to run it");

        Path calls = tmp.resolve("calls.oxc");
        try (ChildJvm child = ChildJvm.start("org.oxidizer.samples.wordfreq.WordFrequencyWorkload",
                List.of("--lines", "3000", "--rounds", "100000000"), List.of("-Xmx256m"));
             AttachedTarget target = AttachedTarget.attach(child.pid(), BundledJars.agentJar())) {
            SwapControlMXBean control = target.swapControl();
            assertTrue(List.of(control.addKernels(built.jar().toString())).contains(plan.id()));
            String key = plan.methodKey();
            control.observe(key, 6, 0);
            Facts status = waitFor(control, key, s -> s.flag(RouteKeys.CAPTURE_DONE));
            assertEquals(6, status.integer(RouteKeys.CAPTURED));
            control.saveCalls(key, plan.display(), calls.toString());

            CallFile saved = CallFile.read(calls);
            assertEquals(key, saved.methodKey());
            assertEquals(6, saved.calls().size());
            KernelReplay.Result replay = KernelReplay.run(project, saved, List.of(BundledJars.samplesJar()), 1_000_000_000L);
            assertTrue(replay.passed(), () -> "kernel test: " + replay.mismatch());
            assertTrue(replay.ab().available(), () -> replay.ab().describe());
            runsAsWritten(ReplayTestWriter.write(project, calls, tmp.resolve("junit")), built.jar(), tmp.resolve("junit-classes"));

            // the live loop with the jar in its catalog matches the method to the kernel written for it, in a
            // profile taken into a folder nothing has made yet ("Profile again" in the GUI)
            org.oxidizer.core.live.LiveMigration loop = new org.oxidizer.core.live.LiveMigration(target,
                org.oxidizer.kernels.catalog.KernelCatalog.bundledWith(List.of(built.jar())));
            List<org.oxidizer.core.match.MigrationCandidate> candidates = loop.candidates(
                loop.profile(2, tmp.resolve("profile/not-yet-made"), Progress.NONE));
            assertTrue(candidates.stream().anyMatch(c -> c.frame().endsWith(".wordFrequencies") && c.replaceable()
                && c.kernel().orElseThrow().kernel().equals(plan.id())), candidates::toString);

            Facts verified = Facts.parse(control.verify(key, plan.id(), "", 300));
            assertTrue(verified.flag(VerificationKeys.PASSED), verified::toString);
            control.swap(key, plan.id(), "", false);
            Facts served = waitFor(control, key, s -> s.has(RouteKeys.TIMING_KERNEL + RouteKeys.TIMED_CALLS)
                && s.number(RouteKeys.TIMING_KERNEL + RouteKeys.TIMED_CALLS) >= 3);
            assertEquals("swapped", served.get(RouteKeys.MODE), served::toString);
            assertTrue(child.isAlive());
        }
    }

    @Test
    void aBrokenBodyGivesCargosErrorNotAStackTrace(@TempDir Path tmp) throws Exception {
        KernelProject project = writtenAndFilled(tmp.resolve("kernel"));
        Path body = project.dir().resolve("native/src/kernel.rs");
        Files.writeString(body, Files.readString(body).replace("counts.drain().collect()", "counts.drain().collect::<u8>()"));
        KernelProjectException e = org.junit.jupiter.api.Assertions.assertThrows(KernelProjectException.class,
            () -> KernelBuild.build(project, Progress.NONE));
        assertTrue(e.getMessage().startsWith("cargo could not build the crate"), e.getMessage());
        assertTrue(e.getMessage().contains("error[E0277]"), e.getMessage());
        assertTrue(e.getMessage().contains("kernel.rs"), e.getMessage());
    }

    @Test
    void asWrittenTheProjectBuildsAndItsKernelSaysItIsNotWrittenYet(@TempDir Path tmp) throws Exception {
        KernelPlan plan = KernelPlan.of(sampleClass(CLASS), METHOD, null);
        KernelProject.write(plan, tmp.resolve("kernel"), false);
        KernelProject project = KernelProject.open(tmp.resolve("kernel"));
        KernelBuild.build(project, Progress.NONE);
        CallFile file = new CallFile(plan.methodKey(), plan.display(),
            List.of(new CallFile.Call(new Object[] {List.of("a b a")}, Map.of("a", 2, "b", 1), 1000)));
        KernelReplay.Result replay = KernelReplay.run(project, file, List.of(), 0);
        assertFalse(replay.passed());
        assertTrue(replay.mismatch().orElseThrow().where().contains("kernel panicked"), replay.mismatch().toString());
    }

    @Test
    void callsOfAnotherMethodAreRefusedInOneSentence(@TempDir Path tmp) throws Exception {
        KernelProject project = writtenAndFilled(tmp.resolve("kernel"));
        CallFile other = new CallFile("org.acme.Other.count(Ljava/util/List;)Ljava/util/Map;", "Map<String, Integer> count(List<String>)",
            List.of(new CallFile.Call(new Object[] {List.of()}, Map.of(), 1)));
        KernelProjectException e = org.junit.jupiter.api.Assertions.assertThrows(KernelProjectException.class,
            () -> KernelReplay.run(project, other, List.of(), 0));
        assertTrue(e.getMessage().startsWith("the saved calls are of org.acme.Other.count"), e.getMessage());
    }

    /** Compiles the replay test as a team's build would and runs its test method: it passes on the captured calls. */
    static void runsAsWritten(List<Path> written, Path kernelJar, Path classes) throws Exception {
        Path source = written.get(0);
        Path resource = written.get(1);
        List<String> cp = new java.util.ArrayList<>(KernelBuild.classPath());
        cp.add(kernelJar.toString());
        cp.add(BundledJars.samplesJar().toString());
        cp.add(Path.of(org.junit.jupiter.api.Test.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        cp.add(Path.of(org.opentest4j.AssertionFailedError.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        int javac = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), "-cp",
            String.join(java.io.File.pathSeparator, cp), source.toString());
        assertEquals(0, javac, "the replay test compiles");
        String packageName = Files.readAllLines(source).get(0).replace("package ", "").replace(";", "").trim();
        Path target = classes.resolve(packageName.replace('.', '/')).resolve(resource.getFileName());
        Files.copy(resource, target);
        java.net.URL[] urls = cp.stream().map(e -> {
            try {
                return Path.of(e).toUri().toURL();
            } catch (java.net.MalformedURLException x) {
                throw new IllegalStateException(x);
            }
        }).toArray(java.net.URL[]::new);
        java.net.URL[] all = java.util.Arrays.copyOf(urls, urls.length + 1);
        all[urls.length] = classes.toUri().toURL();
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(all, null)) {
            String name = source.getFileName().toString().replace(".java", "");
            Class<?> test = loader.loadClass(packageName + "." + name);
            java.lang.reflect.Constructor<?> constructor = test.getDeclaredConstructor();
            constructor.setAccessible(true);
            java.lang.reflect.Method method = test.getDeclaredMethod("theKernelAnswersLikeTheJavaMethodOnEveryCapturedCall");
            method.setAccessible(true);
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                method.invoke(constructor.newInstance());
            } finally {
                thread.setContextClassLoader(before);
            }
        }
    }

    /** {@code cargo test --offline} in the project's crate, as its README says; its exit code. */
    static int cargoTest(KernelProject project) throws Exception {
        Process cargo = new ProcessBuilder(System.getProperty(KernelBuild.CARGO_PROPERTY, "cargo"), "test", "--offline")
            .directory(project.dir().resolve("native").toFile()).redirectErrorStream(true)
            .redirectOutput(project.dir().resolve("cargo-test.log").toFile()).start();
        assertTrue(cargo.waitFor(10, java.util.concurrent.TimeUnit.MINUTES));
        if (cargo.exitValue() != 0) {
            System.err.println(Files.readString(project.dir().resolve("cargo-test.log")));
        }
        return cargo.exitValue();
    }

    private static Facts waitFor(SwapControlMXBean control, String key, java.util.function.Predicate<Facts> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        Facts status = Facts.parse(control.status(key));
        while (!done.test(status)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 60 s; status: " + status);
            }
            Thread.sleep(100);
            status = Facts.parse(control.status(key));
        }
        return status;
    }
}
