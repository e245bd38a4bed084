package org.oxidizer.agent;

/** The agent talks on stderr with a prefix, so it never mixes into the target's own stdout. */
public final class AgentLog {

    private AgentLog() {
    }

    public static void info(String message) {
        System.err.println("[oxidizer-agent] " + message);
    }

    public static void error(String message, Throwable t) {
        System.err.println("[oxidizer-agent] " + message + ": " + t);
    }
}
