package org.oxidizer.core.target;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import javax.management.JMX;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.oxidizer.agent.api.AgentNames;
import org.oxidizer.agent.api.ProfilerControlMXBean;
import org.oxidizer.agent.api.SwapControlMXBean;

/**
 * A running JVM the workbench attached to: the agent is loaded into it (once; a second attach finds it),
 * and control goes through the agent's MXBean over the target's local JMX agent. Closing disconnects
 * and leaves the target running.
 */
public final class AttachedTarget implements AutoCloseable {

    private final long pid;
    private final JMXConnector connector;
    private final MBeanServerConnection server;
    private final ProfilerControlMXBean profiler;

    private AttachedTarget(long pid, JMXConnector connector) throws IOException {
        this.pid = pid;
        this.connector = connector;
        this.server = connector.getMBeanServerConnection();
        this.profiler = JMX.newMXBeanProxy(server, AgentNames.objectName(AgentNames.PROFILER), ProfilerControlMXBean.class);
    }

    /** @throws AttachRefusedException with one sentence saying why, when the JVM cannot be reached */
    public static AttachedTarget attach(long pid, Path agentJar) throws AttachRefusedException {
        return attach(pid, agentJar, "");
    }

    /**
     * @param agentOptions the agent's option string, e.g. {@code kernels=/opt/my-kernels.jar}; options of an
     *                     agent already loaded into this JVM are ignored
     */
    public static AttachedTarget attach(long pid, Path agentJar, String agentOptions) throws AttachRefusedException {
        String jmxUrl;
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
            try {
                loadAgent(vm, pid, agentJar.toAbsolutePath().toString(), agentOptions);
                jmxUrl = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
        } catch (Exception e) {
            throw AttachFailures.explain(pid, e);
        }
        try {
            return new AttachedTarget(pid, JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl)));
        } catch (IOException e) {
            throw new AttachRefusedException("The agent loaded into JVM " + pid + " but its JMX connection failed: "
                + e.getMessage(), e);
        }
    }

    /** A JVM younger than this may still be starting: a refused agent is asked for again. */
    private static final java.time.Duration STARTING = java.time.Duration.ofSeconds(10);

    /**
     * Loads the agent; a JVM attached in its first moments (its system class loader not ready yet, so loading any agent
     * fails with a NullPointerException inside the JVM) is asked again every 200 ms while it is younger than
     * {@link #STARTING}. A JVM that has run longer is asked once.
     */
    private static void loadAgent(VirtualMachine vm, long pid, String jar, String options) throws Exception {
        while (true) {
            try {
                vm.loadAgent(jar, options);
                return;
            } catch (com.sun.tools.attach.AgentLoadException e) {
                java.util.Optional<java.time.Instant> started = ProcessHandle.of(pid).flatMap(h -> h.info().startInstant());
                if (started.isEmpty() || started.get().plus(STARTING).isBefore(java.time.Instant.now())) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    public long pid() {
        return pid;
    }

    /**
     * @param jfrFile      record JFR here until stopped, or null
     * @param snapshotFile the agent rewrites the collapsed stacks here every few seconds, so a JVM that dies
     *                     mid-profile leaves what was sampled; null for none
     * @return the event that actually runs (cpu may fall back to itimer)
     */
    public String startProfiling(String event, String interval, Path jfrFile, Path snapshotFile) throws IOException {
        return agent("start", () -> profiler.start(event, interval, absolute(jfrFile), absolute(snapshotFile),
            AgentRequest.SNAPSHOT_SECONDS));
    }

    private static String absolute(Path path) {
        return path == null ? null : path.toAbsolutePath().toString();
    }

    public void dumpCollapsed(Path file) throws IOException {
        agent("dump the profile", () -> {
            profiler.dumpCollapsed(file.toAbsolutePath().toString());
            return null;
        });
    }

    public void stopProfiling() throws IOException {
        agent("stop", () -> {
            profiler.stop();
            return null;
        });
    }

    /** The agent's swap control: observe, capture, verify, swap, revert methods in this JVM. */
    public SwapControlMXBean swapControl() {
        return JMX.newMXBeanProxy(server, AgentNames.objectName(AgentNames.SWAP), SwapControlMXBean.class);
    }

    public String status() throws IOException {
        return agent("report its status", profiler::getStatus);
    }

    public String fallbackReason() throws IOException {
        return agent("report its fallback", profiler::getFallbackReason);
    }

    public long samples() throws IOException {
        return agent("count samples", profiler::getSamples);
    }

    /** The target's heap as its own MemoryMXBean reports it. */
    public MemoryUsage heap() throws IOException {
        return ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class)
            .getHeapMemoryUsage();
    }

    /** Collections and time spent in them since the target started, summed over its collectors. */
    public record GcTotals(long collections, long millis) {
    }

    public GcTotals gc() throws IOException {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getPlatformMXBeans(server, GarbageCollectorMXBean.class)) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new GcTotals(count, millis);
    }

    private interface AgentCall<T> {
        T call() throws Exception;
    }

    /** One sentence naming the JVM and what the agent could not do, with the agent's own reason. */
    private <T> T agent(String what, AgentCall<T> call) throws IOException {
        try {
            return call.call();
        } catch (Exception e) {
            Throwable cause = agentCause(e);
            throw new IOException("the agent in JVM " + pid + " could not " + what + ": "
                + (cause.getMessage() == null ? cause.toString() : cause.getMessage()), cause);
        }
    }

    /** What the agent itself threw, under JMX's and the proxy's wrapping of it. */
    public static Throwable agentCause(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof java.lang.reflect.UndeclaredThrowableException || cause instanceof javax.management.JMException
                || cause instanceof javax.management.JMRuntimeException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Whether the JVM still runs. */
    public boolean isAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @Override
    public void close() throws IOException {
        try {
            connector.close();
        } catch (IOException e) {
            if (isAlive()) {
                throw e;
            }
            // the JVM is gone (it may have crashed): there is nothing left to disconnect from
        }
    }
}
