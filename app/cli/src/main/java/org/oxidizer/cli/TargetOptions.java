package org.oxidizer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oxidizer.core.samples.BundledSamples;
import org.oxidizer.core.target.Target;
import org.oxidizer.core.target.TargetSpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to work on, as the commands that profile or migrate take it; core's {@link Target} does the rest. */
final class TargetOptions {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--pid", description = "Attach to this running JVM (see 'oxidizer jvms'); it keeps running.")
        Long pid;

        @Option(names = "--jar", description = "Launch this jar (java -jar).")
        Path jar;

        @Option(names = "--main-class", description = "Launch this main class (with --cp).")
        String mainClass;

        @Option(names = "--sample", description = "Launch a bundled sample: ${COMPLETION-CANDIDATES}.",
            completionCandidates = SampleIds.class)
        String sample;
    }

    static final class SampleIds extends ArrayList<String> {
        SampleIds() {
            super(sampleIds());
        }

        private static List<String> sampleIds() {
            try {
                return BundledSamples.ids();
            } catch (RuntimeException e) {
                return List.of(BundledSamples.HEADLINE);   // help text without the samples jar (the CLI's own tests)
            }
        }
    }

    @Option(names = "--cp", description = "Class path for --main-class, ':'-separated.")
    String classpath;

    @Option(names = "--jvm-option", paramLabel = "OPTION", description = "A JVM option for a launched target; repeatable.")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--cwd", description = "Working directory of a launched target.")
    Path workingDir;

    @Option(names = "--env", paramLabel = "KEY=VALUE", description = "Environment of a launched target; repeatable.")
    Map<String, String> environment = Map.of();

    @Option(names = "--java-home", description = "JDK to launch the target on (default: the one running Oxidizer).")
    Path javaHome;

    @Parameters(paramLabel = "ARGS", description = "Program arguments of a launched target (after --); a sample's"
        + " replace its own.")
    List<String> programArgs = new ArrayList<>();

    /**
     * @param live a sample runs long enough to be migrated while it runs; otherwise at its default size, to its end
     * @throws IllegalArgumentException one sentence on a wrong combination or a missing file
     */
    Target target(boolean live) {
        if (which.pid != null) {
            return Target.attach(which.pid, "");
        }
        if (which.sample != null) {
            BundledSamples.Sample sample = BundledSamples.byId(which.sample);
            List<String> args = !programArgs.isEmpty() ? programArgs : live ? sample.liveArgs() : sample.defaultArgs();
            List<String> options = jvmOptions.isEmpty() ? List.of("-Xmx1g") : jvmOptions;
            return sample.target(args, options);
        }
        TargetSpec spec = TargetSpec.program(which.mainClass, which.jar, TargetSpec.classpath(classpath))
            .withProgramArgs(programArgs).withJvmOptions(jvmOptions).withJavaHome(javaHome).withWorkingDir(workingDir)
            .withEnvironment(environment);
        return Target.launch(spec);
    }
}
