package org.oxidizer.agent.bridge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The one class swapped methods call into. It lives on the system class path (in the agent jar), which
 * application class loaders delegate to, and it speaks only JDK types so the agent's private loader can
 * fill it.
 */
public final class KernelBridge {

    private static final Map<String, Route> ROUTES = new ConcurrentHashMap<>();

    private KernelBridge() {
    }

    /**
     * Called from the woven code at the top of a routed method. A {@link Served} answer is the method's result
     * and the Java body is skipped; null runs the body; any other object is a ticket the woven code hands to
     * {@link #exit} with the body's outcome (the call is being captured or shadowed).
     */
    public static Object enter(String methodKey, Class<?> owner, Object self, Object[] args) {
        Route route = ROUTES.get(methodKey);
        return route == null ? null : route.enter(owner, self, args);
    }

    /** Called after the Java body ran, for a call that {@link #enter} gave a ticket. */
    @SuppressWarnings("unchecked")
    public static void exit(Object ticket, Object result, Throwable thrown) {
        if (ticket instanceof BiConsumer) {
            ((BiConsumer<Object, Throwable>) ticket).accept(result, thrown);
        }
    }

    /** Woven before each return of a routed method: its result (boxed; null for void) for a call that {@link #enter} gave a ticket. */
    public static void returned(Object result, Object ticket) {
        settle(ticket, result, null);
    }

    /** Woven where a throwable leaves a routed method's body; the throwable goes on to the caller unchanged. */
    public static void threw(Throwable thrown, Object ticket) {
        settle(ticket, null, thrown);
    }

    /** Hands a ticketed call's outcome to {@link #exit}; our own failure there is reported and never reaches the application. */
    private static void settle(Object ticket, Object result, Throwable thrown) {
        if (ticket != null) {
            try {
                exit(ticket, result, thrown);
            } catch (Throwable t) {
                System.err.println("[oxidizer-agent] could not record a call's outcome: " + t);
            }
        }
    }

    public static void route(String methodKey, Route target) {
        ROUTES.put(methodKey, target);
    }

    public static boolean unroute(String methodKey) {
        return ROUTES.remove(methodKey) != null;
    }

    /** What a routed method's calls go to; {@code self} is null for static methods. */
    public interface Route {
        Object enter(Class<?> owner, Object self, Object[] args);
    }

    /** A kernel's answer for one call; the woven code skips the Java body when it gets one. */
    public static final class Served {

        private final Object value;

        public Served(Object value) {
            this.value = value;
        }

        public Object value() {
            return value;
        }
    }
}
