package org.oxidizer.core.target;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /**
     * A program a person names: a jar ({@code java -jar}) or a main class on a class path, on this workbench's own
     * JDK, named after the jar's file or the class's simple name.
     *
     * @throws IllegalArgumentException one sentence saying what is missing or wrong
     */
    public static TargetSpec program(String mainClass, Path jar, List<Path> classpath) {
        boolean hasMain = mainClass != null && !mainClass.isBlank();
        if (hasMain == (jar != null)) {
            throw new IllegalArgumentException("Give either a jar or a main class with its class path, not both.");
        }
        Path home = Path.of(System.getProperty("java.home"));
        if (jar != null) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("There is no file " + jar + ".");
            }
            return new TargetSpec(jar.getFileName().toString(), home, null, jar, classpath, List.of(), List.of(), null, Map.of());
        }
        if (classpath.isEmpty()) {
            throw new IllegalArgumentException("Give the main class and its class path.");
        }
        String main = mainClass.trim();
        return new TargetSpec(main.substring(main.lastIndexOf('.') + 1), home, main, null, classpath, List.of(), List.of(),
            null, Map.of());
    }

    /** Entries of a ':'-separated class path; blanks are skipped. */
    public static List<Path> classpath(String text) {
        List<Path> entries = new ArrayList<>();
        if (text != null) {
            for (String entry : text.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(Path.of(entry.trim()));
                }
            }
        }
        return entries;
    }

    public TargetSpec withJavaHome(Path home) {
        return new TargetSpec(name, home == null ? javaHome : home, mainClass, jar, classpath, programArgs, jvmOptions,
            workingDir, environment);
    }

    public TargetSpec withWorkingDir(Path dir) {
        return new TargetSpec(name, javaHome, mainClass, jar, classpath, programArgs, jvmOptions, dir, environment);
    }

    public TargetSpec withEnvironment(Map<String, String> env) {
        return new TargetSpec(name, javaHome, mainClass, jar, classpath, programArgs, jvmOptions, workingDir, env);
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
