package org.oxidizer.core.kernelgen;

import java.util.List;
import org.oxidizer.core.match.ClassFiles;
import org.oxidizer.core.match.MethodAnalysis;

/**
 * A method as a user names it on the command line: {@code com.acme.Stats.checksum}, {@code com.acme.Stats#checksum},
 * or with its JVM descriptor when the name is overloaded, {@code com.acme.Stats.checksum([I)J}.
 *
 * @param descriptor the JVM descriptor, or null when not given
 */
public record MethodRef(String className, String methodName, String descriptor) {

    /** @throws IllegalArgumentException in one sentence when the text is not {@code Class.method} */
    public static MethodRef parse(String text) {
        String t = text.trim();
        int paren = t.indexOf('(');
        String descriptor = paren < 0 ? null : t.substring(paren);
        String name = paren < 0 ? t : t.substring(0, paren);
        int split = Math.max(name.lastIndexOf('#'), name.lastIndexOf('.'));
        if (split <= 0 || split == name.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not a method: write the class and the method, e.g."
                + " com.acme.Stats.checksum");
        }
        return new MethodRef(name.substring(0, split), name.substring(split + 1), descriptor);
    }

    /** Plans the project from the class file as a running JVM's class loaders have it (attaching its agent once). */
    public KernelPlan planInJvm(long pid) throws KernelProjectException, org.oxidizer.core.target.AttachRefusedException {
        try (org.oxidizer.core.target.AttachedTarget target = org.oxidizer.core.target.AttachedTarget.attach(pid,
                org.oxidizer.core.target.BundledJars.agentJar())) {
            return plan(new org.oxidizer.core.live.LiveSwaps(target.swapControl()).classFiles("JVM " + pid));
        } catch (java.io.IOException e) {
            throw new KernelProjectException("the connection to JVM " + pid + " failed: " + e.getMessage(), e);
        }
    }

    /** Reads the class and plans a kernel project for the method. */
    public KernelPlan plan(ClassFiles classes) throws KernelProjectException {
        return KernelPlan.of(classFile(classes), methodName, descriptor);
    }

    /**
     * The method's key as the agent names it ({@code com.acme.Stats.checksum([I)J}), its descriptor found in the
     * class file when not given.
     */
    public String key(ClassFiles classes) throws KernelProjectException {
        if (descriptor != null) {
            return className + "." + methodName + descriptor;
        }
        List<MethodAnalysis> found = MethodAnalysis.of(classFile(classes), methodName);
        if (found.isEmpty()) {
            throw new KernelProjectException(className + " has no method " + methodName + " with a body");
        }
        if (found.size() > 1) {
            throw new KernelProjectException(className + " has " + found.size() + " methods called " + methodName
                + "; name one with its descriptor, e.g. " + className + "." + methodName + found.get(0).descriptor());
        }
        return className + "." + methodName + found.get(0).descriptor();
    }

    /** The method's types for people, e.g. {@code Map<String, Integer> wordFrequencies(List<String>)}. */
    public String display(ClassFiles classes) throws KernelProjectException {
        String key = key(classes);
        String desc = key.substring(key.indexOf('('));
        return MethodAnalysis.of(classFile(classes), methodName).stream().filter(m -> m.descriptor().equals(desc))
            .findFirst().map(MethodAnalysis::display).orElse(methodName + desc);
    }

    private byte[] classFile(ClassFiles classes) throws KernelProjectException {
        try {
            return classes.read(className).orElseThrow(() -> new KernelProjectException("there is no class " + className
                + " in " + classes.describe()));
        } catch (java.io.UncheckedIOException e) {
            throw new KernelProjectException("cannot read " + className + " from " + classes.describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return className + "." + methodName + (descriptor == null ? "" : descriptor);
    }
}
