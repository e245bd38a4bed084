package org.oxidizer.agent;

import java.lang.management.ManagementFactory;
import javax.management.InstanceAlreadyExistsException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.oxidizer.agent.api.AgentNames;
import org.oxidizer.agent.api.ProfilerControlMXBean;
import org.oxidizer.agent.profile.ProfilerSession;

/** The MXBean over the target's one profiler session. */
final class ProfilerControl implements ProfilerControlMXBean {


    private ProfilerSession session() {
        return AgentRuntime.profiler();
    }

    /** Registers once per JVM; a second load of the agent finds it there and leaves it. */
    static void register() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = AgentNames.objectName(AgentNames.PROFILER);
        if (!server.isRegistered(name)) {
            try {
                server.registerMBean(new ProfilerControl(), name);
            } catch (InstanceAlreadyExistsException e) {
                // another load won the race: same session either way
            }
        }
    }

    @Override
    public String start(String event, String interval, String jfrFile, String snapshotFile, int snapshotSeconds)
            throws Exception {
        return session().start(event, blankToNull(interval), blankToNull(jfrFile), blankToNull(snapshotFile), snapshotSeconds);
    }

    @Override
    public void dumpCollapsed(String file) throws Exception {
        session().dumpCollapsed(file);
    }

    @Override
    public void stop() throws Exception {
        session().stop();
    }

    @Override
    public boolean isProfiling() {
        return session().isProfiling();
    }

    @Override
    public String getStatus() {
        return session().status();
    }

    @Override
    public long getSamples() {
        return session().samples();
    }

    @Override
    public String getProfilerVersion() {
        return session().version();
    }

    @Override
    public String getFallbackReason() {
        return session().fallbackReason();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
