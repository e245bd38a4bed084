package org.oxidizer.agent.bridge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The one class swapped methods call into. It lives on the system class path (in the agent jar), which
 * application class loaders delegate to, and it speaks only JDK types so the agent's private loader can
 * fill it.
 */
public final class KernelBridge {

    private static final Map<String, Function<Object[], Object>> ROUTES = new ConcurrentHashMap<>();

    private KernelBridge() {
    }

    /**
     * Called from the advice at the top of a swapped method. A non-null answer is the method's result;
     * null means "run the original Java body" (not swapped, or the kernel declined this call).
     */
    public static Object call(String methodKey, Object[] args) {
        Function<Object[], Object> route = ROUTES.get(methodKey);
        return route == null ? null : route.apply(args);
    }

    public static void route(String methodKey, Function<Object[], Object> target) {
        ROUTES.put(methodKey, target);
    }

    public static boolean unroute(String methodKey) {
        return ROUTES.remove(methodKey) != null;
    }
}
