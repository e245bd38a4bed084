package org.oxidizer.agent;

/** One requested swap: {@code com.acme.Texts#extractAndAggregate@extract_and_aggregate}. */
public final class SwapSpec {

    private final String className;
    private final String methodName;
    private final String kernelId;

    public SwapSpec(String className, String methodName, String kernelId) {
        this.className = className;
        this.methodName = methodName;
        this.kernelId = kernelId;
    }

    public static SwapSpec parse(String text) {
        int hash = text.indexOf('#');
        int at = text.indexOf('@', hash + 1);
        if (hash <= 0 || at <= hash + 1 || at == text.length() - 1) {
            throw new IllegalArgumentException("swap '" + text + "' is not Class#method@kernel");
        }
        return new SwapSpec(text.substring(0, hash), text.substring(hash + 1, at), text.substring(at + 1));
    }

    public String className() {
        return className;
    }

    public String methodName() {
        return methodName;
    }

    public String kernelId() {
        return kernelId;
    }

    /** The key the advice passes to the bridge: declaring type, method name and descriptor. */
    public String methodKey(String descriptor) {
        return className + "." + methodName + descriptor;
    }

    @Override
    public String toString() {
        return className + "#" + methodName + "@" + kernelId;
    }
}
