package org.oxidizer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.oxidizer.core.kernelgen.KernelBuild;
import org.oxidizer.core.kernelgen.KernelPlan;
import org.oxidizer.core.kernelgen.KernelProject;
import org.oxidizer.core.kernelgen.KernelProjectException;
import org.oxidizer.core.kernelgen.KernelReplay;
import org.oxidizer.core.kernelgen.MethodRef;
import org.oxidizer.core.kernelgen.ReplayTestWriter;
import org.oxidizer.core.match.ClassFiles;
import org.oxidizer.kernels.calls.CallFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Your own kernel for a method the catalog lacks: write the project, build it, test it on captured calls. */
@Command(name = "kernel", mixinStandardHelpOptions = true,
    description = "Write, build and test a native kernel for a method of your own code (the workbench's `maturin init`"
        + " and `maturin develop`).",
    subcommands = {KernelCommand.New.class, KernelCommand.Build.class, KernelCommand.Test.class})
final class KernelCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where the method's class file comes from. */
    static final class Source {
        @Option(names = "--pid", description = "A running JVM that has loaded the class (its agent reads the class file).")
        Long pid;

        @Option(names = "--jar", description = "A jar holding the class.")
        Path jar;

        @Option(names = "--cp", description = "A class path holding the class, ':'-separated.")
        String classpath;
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
        description = "Write a kernel project for one method's exact shape: a Rust crate with the body to fill in, the Java"
            + " binding and catalog entry, a README. Refused, with the reason, for shapes the boundary does not take and for"
            + " methods that do I/O, call back into Java or change shared state (unless --force).")
    static final class New implements Callable<Integer> {

        @Option(names = "--method", required = true, paramLabel = "CLASS.METHOD",
            description = "The method, e.g. com.acme.Stats.checksum (add its descriptor when overloaded: ...checksum([I)J).")
        String method;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Source source;

        @Option(names = "--out", description = "Folder for the project, absent or empty (default ./<kernel id>).")
        Path out;

        @Option(names = "--force", description = "Write the project even when the method's body has blockers.")
        boolean force;

        @Override
        public Integer call() throws Exception {
            MethodRef ref = MethodRef.parse(method);
            KernelPlan plan;
            if (source.pid != null) {
                plan = ref.planInJvm(source.pid);
            } else {
                plan = ref.plan(ClassFiles.classPath(source.jar != null ? List.of(source.jar) : paths(source.classpath)));
            }
            Path dir = out != null ? out : Path.of(plan.id());
            List<Path> written = KernelProject.write(plan, dir, force);
            System.out.println("kernel " + plan.id() + " for " + plan.display() + " in " + plan.className());
            if (!plan.blockers().isEmpty()) {
                System.out.println("WRITTEN DESPITE BLOCKERS (--force): " + String.join("; ", plan.blockers()));
            }
            written.forEach(f -> System.out.println("  wrote " + dir.resolve(f)));
            System.out.println("next: fill in " + dir.resolve("native/src/kernel.rs") + ", then `oxidizer kernel build " + dir + "`");
            return 0;
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build a kernel project offline (cargo build --release, javac --release 11) into one jar for"
            + " `oxidizer kernels --jar`, `oxidizer migrate --kernels` and the GUI.")
    static final class Build implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", description = "The project folder (`oxidizer kernel new` wrote it).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            KernelProject project = KernelProject.open(dir);
            KernelBuild.Result built = KernelBuild.build(project, ConsoleProgress.onStderr());
            System.out.printf(java.util.Locale.ROOT, "built %s (cargo %.1f s, javac %.1f s; library %d KiB)%n", built.jar(),
                built.cargoMillis() / 1000.0, built.javacMillis() / 1000.0, built.libraryBytes() / 1024);
            return 0;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
        description = "Replay captured calls (`oxidizer capture`) through a built kernel: every answer against the Java"
            + " method's, the first difference side by side; with the method's classes, Java against the kernel timed on"
            + " those calls; with --junit, a replay test to keep.")
    static final class Test implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", description = "The project folder.")
        Path dir;

        @Option(names = "--calls", required = true, paramLabel = "FILE", description = "Calls saved by `oxidizer capture`.")
        Path calls;

        @Option(names = "--cp", paramLabel = "CLASSPATH", description = "The method's own classes, ':'-separated, to time"
            + " the Java method against the kernel.")
        String classpath;

        @Option(names = "--measure-seconds", defaultValue = "5", description = "Seconds for that measurement (default ${DEFAULT-VALUE}).")
        double measureSeconds;

        @Option(names = "--junit", paramLabel = "OUT", description = "Also write a JUnit 5 replay test: OUT/java/... and"
            + " OUT/resources/... (e.g. src/test).")
        Path junit;

        @Override
        public Integer call() throws Exception {
            KernelProject project = KernelProject.open(dir);
            CallFile file;
            try {
                file = CallFile.read(calls);
            } catch (java.io.IOException e) {
                throw new KernelProjectException(e.getMessage(), e);
            }
            List<Path> cp = classpath == null ? List.of() : paths(classpath);
            KernelReplay.Result result = KernelReplay.run(project, file, cp, (long) (measureSeconds * 1e9));
            System.out.println("replayed " + result.calls() + " captured calls of " + result.methodKey() + " through kernel "
                + project.id() + ": " + result.identical() + " answered like Java");
            result.mismatch().ifPresent(m -> {
                System.out.println("call " + m.call() + " of " + result.calls() + " differs: " + m.where());
                System.out.println("  input   " + m.input());
                System.out.println("  Java    " + m.java());
                System.out.println("  kernel  " + m.kernel());
            });
            System.out.println(result.ab().describe());
            if (junit != null) {
                List<Path> written = ReplayTestWriter.write(project, calls, junit);
                written.forEach(f -> System.out.println("wrote " + f));
            }
            return result.passed() ? 0 : 1;
        }
    }

    static List<Path> paths(String classpath) {
        List<Path> paths = new ArrayList<>();
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                Path p = Path.of(entry);
                if (!Files.exists(p)) {
                    throw new IllegalArgumentException("class path entry " + p + " does not exist");
                }
                paths.add(p);
            }
        }
        return paths;
    }
}
