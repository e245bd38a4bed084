package org.oxidizer.agent.api;

import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/** Where the agent registers its MXBeans in the target's platform MBean server. */
public final class AgentNames {

    /** {@link ProfilerControlMXBean}: start, dump and stop async-profiler. */
    public static final String PROFILER = "org.oxidizer:type=Agent";
    /** {@link SwapControlMXBean}: observe, capture, verify, swap and revert methods. */
    public static final String SWAP = "org.oxidizer:type=Swap";

    private AgentNames() {
    }

    public static ObjectName objectName(String name) {
        try {
            return new ObjectName(name);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
