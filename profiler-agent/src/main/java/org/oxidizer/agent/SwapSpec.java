package org.oxidizer.agent;

import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One requested swap: {@code com.acme.Texts#extract(Ljava/util/List;)Ljava/util/List;@extract_and_aggregate?pattern=...}.
 * The descriptor is optional (the kernel's shapes decide); parameter values are URL-encoded so a regex
 * survives the agent's comma-separated option string.
 */
public final class SwapSpec {

    private final String className;
    private final String methodName;
    private final String descriptor;
    private final String kernelId;
    private final Map<String, String> parameters;

    public SwapSpec(String className, String methodName, String descriptor, String kernelId, Map<String, String> parameters) {
        this.className = className;
        this.methodName = methodName;
        this.descriptor = descriptor;
        this.kernelId = kernelId;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public static SwapSpec parse(String text) {
        int hash = text.indexOf('#');
        int at = text.indexOf('@', hash + 1);
        if (hash <= 0 || at <= hash + 1 || at == text.length() - 1) {
            throw new IllegalArgumentException("swap '" + text + "' is not Class#method@kernel");
        }
        String method = text.substring(hash + 1, at);
        int paren = method.indexOf('(');
        String kernel = text.substring(at + 1);
        int query = kernel.indexOf('?');
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query >= 0) {
            for (String pair : kernel.substring(query + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("swap parameter '" + pair + "' is not name=value");
                }
                parameters.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
            kernel = kernel.substring(0, query);
        }
        return new SwapSpec(text.substring(0, hash), paren < 0 ? method : method.substring(0, paren),
            paren < 0 ? null : method.substring(paren), kernel, parameters);
    }

    public String className() {
        return className;
    }

    public String methodName() {
        return methodName;
    }

    /** The method's JVM descriptor, or null to take the kernel's first shape. */
    public String descriptor() {
        return descriptor;
    }

    public String kernelId() {
        return kernelId;
    }

    public Map<String, String> parameters() {
        return parameters;
    }

    /** The key the woven code passes to the bridge: declaring type, method name and descriptor. */
    public String methodKey(String descriptor) {
        return className + "." + methodName + descriptor;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(String s) {
        try {
            return URLEncoder.encode(s, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(className).append('#').append(methodName);
        if (descriptor != null) {
            text.append(descriptor);
        }
        text.append('@').append(kernelId);
        char separator = '?';
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            text.append(separator).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
            separator = '&';
        }
        return text.toString();
    }
}
