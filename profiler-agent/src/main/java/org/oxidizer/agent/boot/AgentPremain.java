package org.oxidizer.agent.boot;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;

/**
 * Entry point of the agent jar. It stays tiny and never hurts the host: anything that goes wrong is
 * logged to stderr and the target keeps running. The real work lives in a private class loader.
 */
public final class AgentPremain {

    private static final String RUNTIME = "org.oxidizer.agent.AgentRuntime";

    private AgentPremain() {
    }

    public static void premain(String args, Instrumentation inst) {
        initialize(args, inst, true);
    }

    public static void agentmain(String args, Instrumentation inst) {
        initialize(args, inst, false);
    }

    /** Shared by premain and agentmain; tests may call it too. */
    public static void initialize(String args, Instrumentation inst, boolean atLaunch) {
        try {
            ClassLoader impl = AgentLoader.get();
            Class<?> runtime = Class.forName(RUNTIME, true, impl);
            runtime.getMethod("initialize", String.class, Instrumentation.class, boolean.class)
                .invoke(null, args, inst, atLaunch);
        } catch (InvocationTargetException e) {
            report(e.getCause());
        } catch (Throwable t) {
            report(t);
        }
    }

    private static void report(Throwable t) {
        System.err.println("[oxidizer-agent] not started, the target runs on unchanged: " + t);
    }
}
