package org.oxidizer.core.target;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * A running JVM the workbench attached to: the agent is loaded into it (once; a second attach finds it),
 * and control goes through the agent's MXBean over the target's local JMX agent. Closing disconnects
 * and leaves the target running.
 */
public final class AttachedTarget implements AutoCloseable {

    private static final ObjectName AGENT = name("org.oxidizer:type=Agent");
    private static final ObjectName SWAP = name("org.oxidizer:type=Swap");

    private final long pid;
    private final JMXConnector connector;
    private final MBeanServerConnection server;

    private AttachedTarget(long pid, JMXConnector connector) throws IOException {
        this.pid = pid;
        this.connector = connector;
        this.server = connector.getMBeanServerConnection();
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
                vm.loadAgent(agentJar.toAbsolutePath().toString(), agentOptions);
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
        String text = String.class.getName();
        return (String) invoke("start", new Object[] {event, interval, absolute(jfrFile), absolute(snapshotFile),
            AgentRequest.SNAPSHOT_SECONDS}, new String[] {text, text, text, text, int.class.getName()});
    }

    private static String absolute(Path path) {
        return path == null ? null : path.toAbsolutePath().toString();
    }

    public void dumpCollapsed(Path file) throws IOException {
        invoke("dumpCollapsed", new Object[] {file.toAbsolutePath().toString()}, new String[] {String.class.getName()});
    }

    public void stopProfiling() throws IOException {
        invoke("stop", new Object[0], new String[0]);
    }

    /** The agent's swap control: observe, capture, verify, swap, revert methods in this JVM. */
    public SwapControlProxy swapControl() {
        return javax.management.JMX.newMXBeanProxy(server, SWAP, SwapControlProxy.class);
    }

    public String status() throws IOException {
        return (String) attribute("Status");
    }

    public String fallbackReason() throws IOException {
        return (String) attribute("FallbackReason");
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

    private Object invoke(String operation, Object[] args, String[] signature) throws IOException {
        try {
            return server.invoke(AGENT, operation, args, signature);
        } catch (javax.management.MBeanException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IOException("the agent in JVM " + pid + " could not " + operation + ": " + cause.getMessage(), cause);
        } catch (javax.management.JMException e) {
            throw new IOException("the agent in JVM " + pid + " could not " + operation + ": " + e.getMessage(), e);
        } catch (javax.management.RuntimeMBeanException e) {
            throw new IOException("the agent in JVM " + pid + " could not " + operation + ": " + e.getCause().getMessage(), e);
        }
    }

    private Object attribute(String name) throws IOException {
        try {
            return server.getAttribute(AGENT, name);
        } catch (javax.management.JMException e) {
            throw new IOException("could not read " + name + " from the agent in JVM " + pid + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            connector.close();
        } catch (IOException e) {
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                throw e;
            }
            // the JVM is gone (it may have crashed): there is nothing left to disconnect from
        }
    }

    private static ObjectName name(String text) {
        try {
            return new ObjectName(text);
        } catch (javax.management.MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }
}
