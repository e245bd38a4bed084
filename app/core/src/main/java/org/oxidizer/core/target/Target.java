package org.oxidizer.core.target;

import java.util.Objects;
import org.oxidizer.core.compare.Workload;

/**
 * What the workbench works on, for the CLI's options and the GUI's Target step alike: a bundled sample
 * (which also knows its swap plan), a program to launch, a running JVM to attach to, or a profile file.
 *
 * @param spec     how to launch it; null for an attached JVM
 * @param workload the bundled sample's workload with its swaps; null otherwise
 * @param pid      the JVM to attach to; 0 unless {@code kind} is ATTACH
 */
public record Target(Kind kind, String name, String description, TargetSpec spec, Workload workload, long pid) {

    /** How the target is reached. */
    public enum Kind { SAMPLE, LAUNCH, ATTACH, FILE }

    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
    }

    public static Target sample(Workload workload) {
        return new Target(Kind.SAMPLE, workload.name(), workload.description(), workload.target(), workload, 0);
    }

    public static Target launch(TargetSpec spec) {
        String what = spec.jar() != null ? "java -jar " + spec.jar() : "java " + spec.mainClass();
        String args = spec.programArgs().isEmpty() ? "" : " " + String.join(" ", spec.programArgs());
        return new Target(Kind.LAUNCH, spec.name(), what + args, spec, null, 0);
    }

    public static Target attach(long pid, String mainClass) {
        return new Target(Kind.ATTACH, mainClass.isBlank() ? "JVM " + pid : mainClass, "running JVM, pid " + pid,
            null, null, pid);
    }

    /** A profile opened from a file: there is nothing to run, only to look at. */
    public static Target file(String fileName) {
        return new Target(Kind.FILE, fileName, "profile file", null, null, 0);
    }

    /** Ends every target this process launched (SIGTERM): a launched target must not outlive the workbench. */
    public static void endLaunchedTargets() {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroy);
    }

    public boolean canRun() {
        return kind != Kind.FILE;
    }
}
