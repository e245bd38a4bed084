package org.oxidizer.core.match;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A profile frame that names a Java method: {@code org.acme.Outer$Inner.run} is method {@code run} of class
 * {@code org.acme.Outer$Inner}. Native symbols, kernel frames, thread roots and generated classes (lambdas,
 * proxies with addresses in their names) are not.
 */
public record JavaFrame(String className, String methodName) {

    private static final String IDENTIFIER = "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*";
    private static final Pattern JAVA_METHOD = Pattern.compile(
        "(" + IDENTIFIER + "(?:\\." + IDENTIFIER + ")*)\\.(" + IDENTIFIER + "|<init>|<clinit>)");
    /** async-profiler's annotations for compiled, inlined, interpreted and C1 frames; {@code _[k]} is the OS kernel. */
    private static final Pattern JAVA_ANNOTATION = Pattern.compile("_\\[[ji01]\\]$");

    /** Empty for frames that are not Java methods. */
    /** "TextAggregation.extractAndAggregate" from a frame or a method key: the class's simple name and the method. */
    public static String shortName(String frameOrKey) {
        int paren = frameOrKey.indexOf('(');
        String frame = paren < 0 ? frameOrKey : frameOrKey.substring(0, paren);
        int method = frame.lastIndexOf('.');
        int type = method < 0 ? -1 : frame.lastIndexOf('.', method - 1);
        return frame.substring(type + 1);
    }

    public static Optional<JavaFrame> parse(String frame) {
        var m = JAVA_METHOD.matcher(JAVA_ANNOTATION.matcher(frame).replaceFirst(""));
        if (!m.matches() || !(m.group(1).indexOf('.') > 0 || Character.isUpperCase(m.group(1).charAt(0)))) {
            return Optional.empty();     // e.g. a C symbol's clone, memcpy.part
        }
        return Optional.of(new JavaFrame(m.group(1), m.group(2)));
    }

    /** Whether the class is the JDK's: the platform's code is not what an application migrates. */
    public boolean isJdk() {
        return isJdkClass(className);
    }

    /** JDK packages by binary class name; JNA lives under {@code com.sun} but is not the JDK. */
    static boolean isJdkClass(String className) {
        return className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
            || className.startsWith("sun.") || (className.startsWith("com.sun.") && !className.startsWith("com.sun.jna."));
    }

    @Override
    public String toString() {
        return className + "." + methodName;
    }
}
