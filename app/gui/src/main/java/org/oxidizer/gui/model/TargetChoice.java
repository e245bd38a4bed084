package org.oxidizer.gui.model;

import java.util.Objects;
import org.oxidizer.core.migrate.Workload;
import org.oxidizer.core.target.TargetSpec;

/**
 * What the workbench profiles: a bundled sample (which also knows its swap plan), a program to launch, or
 * a running JVM to attach to.
 *
 * @param spec     how to launch it; null for an attached JVM
 * @param workload the bundled sample's workload with its swaps; null otherwise
 * @param pid      the JVM to attach to; 0 unless {@code kind} is ATTACH
 */
public record TargetChoice(Kind kind, String name, String description, TargetSpec spec, Workload workload, long pid) {

    /** How the target is reached. */
    public enum Kind { SAMPLE, LAUNCH, ATTACH, FILE }

    public TargetChoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
    }

    public static TargetChoice sample(Workload workload) {
        return new TargetChoice(Kind.SAMPLE, workload.name(), workload.description(), workload.target(), workload, 0);
    }

    public static TargetChoice launch(TargetSpec spec) {
        String what = spec.jar() != null ? "java -jar " + spec.jar() : "java " + spec.mainClass();
        String args = spec.programArgs().isEmpty() ? "" : " " + String.join(" ", spec.programArgs());
        return new TargetChoice(Kind.LAUNCH, spec.name(), what + args, spec, null, 0);
    }

    public static TargetChoice attach(long pid, String mainClass) {
        return new TargetChoice(Kind.ATTACH, mainClass.isBlank() ? "JVM " + pid : mainClass, "running JVM, pid " + pid,
            null, null, pid);
    }

    /** A profile opened from a file: there is nothing to run, only to look at. */
    public static TargetChoice file(String fileName) {
        return new TargetChoice(Kind.FILE, fileName, "profile file", null, null, 0);
    }

    public boolean canRun() {
        return kind != Kind.FILE;
    }
}
