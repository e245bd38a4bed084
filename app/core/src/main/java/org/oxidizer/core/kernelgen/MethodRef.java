package org.oxidizer.core.kernelgen;

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

    /** The one method named, read from its class file, its descriptor (when given) deciding between overloads. */
    public MethodAnalysis analysis(ClassFiles classes) throws KernelProjectException {
        return KernelPlan.theMethod(MethodAnalysis.of(classFile(classes), methodName), className, methodName, descriptor);
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
