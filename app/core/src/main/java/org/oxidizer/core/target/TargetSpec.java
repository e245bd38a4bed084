package org.oxidizer.core.target;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to start a target JVM: a main class on a class path, or an executable jar.
 *
 * @param javaHome   the JDK or JRE to run it on
 * @param mainClass  null when {@code jar} is set
 * @param jar        null when {@code mainClass} is set
 * @param workingDir null for the workbench's own
 */
public record TargetSpec(String name, Path javaHome, String mainClass, Path jar, List<Path> classpath,
                         List<String> programArgs, List<String> jvmOptions, Path workingDir,
                         Map<String, String> environment) {

    public TargetSpec {
        if ((mainClass == null) == (jar == null)) {
            throw new IllegalArgumentException("a target is either a main class or a jar");
        }
        classpath = List.copyOf(classpath);
        programArgs = List.copyOf(programArgs);
        jvmOptions = List.copyOf(jvmOptions);
        environment = Map.copyOf(environment);
    }

    /** A main class on this workbench's own JDK. */
    public static TargetSpec mainClass(String name, String mainClass, List<Path> classpath, List<String> programArgs) {
        return new TargetSpec(name, Path.of(System.getProperty("java.home")), mainClass, null, classpath, programArgs,
            List.of(), null, Map.of());
    }

    public TargetSpec withJvmOptions(List<String> options) {
        return new TargetSpec(name, javaHome, mainClass, jar, classpath, programArgs, options, workingDir, environment);
    }

    public TargetSpec withName(String newName) {
        return new TargetSpec(newName, javaHome, mainClass, jar, classpath, programArgs, jvmOptions, workingDir, environment);
    }

    public TargetSpec withProgramArgs(List<String> args) {
        return new TargetSpec(name, javaHome, mainClass, jar, classpath, args, jvmOptions, workingDir, environment);
    }
}
