package org.oxidizer.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.tools.attach.VirtualMachine;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.management.JMX;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidizer.agent.api.AgentNames;
import org.oxidizer.agent.api.Facts;
import org.oxidizer.agent.api.ProfilerControlMXBean;
import org.oxidizer.agent.api.RouteKeys;
import org.oxidizer.agent.api.StatusFileKeys;
import org.oxidizer.agent.api.SwapControlMXBean;
import org.oxidizer.agent.api.SwapKeys;
import org.oxidizer.agent.api.VerificationKeys;

/**
 * The agent's protocol as one module types it, driven against the real agent in a real child JVM through
 * nothing but the API's interfaces, names and keys: every fact the agent answers is a declared key, and the
 * facts the workbench reads are there. A key renamed on one side only fails here.
 */
class AgentProtocolTest {

    private static final String METHOD = "org.oxidizer.samples.textagg.TextAggregation.extractAndAggregate(Ljava/util/List;)Ljava/util/List;";

    @Test
    void theAgentAnswersInTheKeysTheApiDeclares(@TempDir Path dir) throws Exception {
        try (ChildJvm child = ChildJvm.startBusy(); JMXConnector jmx = connect(child.pid())) {
            var server = jmx.getMBeanServerConnection();
            ProfilerControlMXBean profiler = JMX.newMXBeanProxy(server, AgentNames.objectName(AgentNames.PROFILER),
                ProfilerControlMXBean.class);
            SwapControlMXBean swap = JMX.newMXBeanProxy(server, AgentNames.objectName(AgentNames.SWAP), SwapControlMXBean.class);

            Path collapsed = dir.resolve("p.collapsed");
            assertTrue(List.of("cpu", "itimer").contains(profiler.start("cpu", "1ms", null, null, 0)));
            while (profiler.getSamples() < 50) {
                Thread.sleep(20);
            }
            profiler.dumpCollapsed(collapsed.toString());
            profiler.stop();
            assertTrue(Files.size(collapsed) > 0);

            Facts observed = Facts.parse(swap.observe(METHOD, 2, RouteKeys.DEFAULT_CAPTURE_BYTES));
            assertDeclared(observed, RouteKeys.class, null);
            Facts status = Facts.parse(swap.status(METHOD));
            while (!status.flag(RouteKeys.CAPTURE_DONE)) {
                Thread.sleep(20);
                status = Facts.parse(swap.status(METHOD));
            }
            assertEquals(METHOD, status.get(RouteKeys.METHOD));
            assertEquals("observe", status.get(RouteKeys.MODE));
            assertTrue(status.flag(RouteKeys.WOVEN));
            assertTrue(status.integer(RouteKeys.CAPTURED) >= 1 && status.number(RouteKeys.CALLS) >= 1, status.toString());
            assertTrue(status.number(RouteKeys.CAPTURE_BYTES) <= RouteKeys.DEFAULT_CAPTURE_BYTES, status.toString());

            Facts verified = Facts.parse(swap.verify(METHOD, "extract_and_aggregate", Facts.of(Map.of()).toString(), 300));
            assertDeclared(verified, VerificationKeys.class, null);
            assertTrue(verified.flag(VerificationKeys.PASSED), verified.toString());
            assertFalse(verified.has(VerificationKeys.AB_UNAVAILABLE), verified.toString());
            assertEquals(verified.get(VerificationKeys.AB_JAVA).split(",").length, verified.get(VerificationKeys.AB_KERNEL).split(",").length,
                "one Java time per kernel time: " + verified);
            assertEquals(verified.integer(VerificationKeys.CALLS), verified.integer(VerificationKeys.IDENTICAL));

            Facts swapped = Facts.parse(swap.swap(METHOD, "extract_and_aggregate", "", false));
            assertDeclared(swapped, SwapKeys.class, null);
            Facts after = Facts.parse(swap.status(METHOD));
            assertDeclared(after, RouteKeys.class, VerificationKeys.class);
            assertEquals("swapped", after.get(RouteKeys.MODE));
            assertTrue(after.section(RouteKeys.VERIFICATION).flag(VerificationKeys.PASSED), after.toString());
            assertTrue(swap.revert(METHOD));
        }
    }

    @Test
    void theStatusFileAtExitUsesTheDeclaredKeys(@TempDir Path dir) throws Exception {
        TargetRun run = new TargetLauncher(BundledJars.agentJar()).run(
            TargetSpec.mainClass("protocol", "org.oxidizer.samples.textagg.TextAggregationPipeline",
                List.of(BundledJars.samplesJar()), List.of("--texts", "2000", "--batch", "100")),
            AgentRequest.profileCpu().withSwaps(List.of(new MethodSwap("org.oxidizer.samples.textagg.TextAggregation",
                "extractAndAggregate", "extract_and_aggregate"))), dir, org.oxidizer.core.task.Progress.NONE);
        assertTrue(run.succeeded(), run.lastWords());
        Path statusFile = dir.resolve("agent-status.properties");
        Facts status = Facts.parse(Files.readString(statusFile, java.nio.charset.StandardCharsets.ISO_8859_1));
        Set<String> allowed = new HashSet<>(constants(StatusFileKeys.class));
        for (int i = 0; i < status.integer(StatusFileKeys.SWAPS); i++) {
            for (String field : StatusFileKeys.swapFields()) {
                allowed.add(StatusFileKeys.swap(i) + field);
            }
        }
        Set<String> unknown = new TreeSet<>(status.keys());
        unknown.removeAll(allowed);
        assertEquals(Set.of(), unknown, "keys the agent writes that the API does not declare");
        assertEquals(1, status.integer(StatusFileKeys.SWAPS));
        assertTrue(run.agent().swaps().get(0).calls() > 0, "core reads the kernel's calls back: " + run.agent());
        assertTrue(run.agent().processCpuNanos() > 0 && run.agent().processPeakRssBytes() > 0);
    }

    /** Every key is a constant of {@code keys}, a numbered example, or (under the verification prefix) of {@code nested}. */
    private static void assertDeclared(Facts facts, Class<?> keys, Class<?> nested) throws IllegalAccessException {
        Set<String> allowed = constants(keys);
        Set<String> nestedAllowed = nested == null ? Set.of() : constants(nested);
        Set<String> unknown = new TreeSet<>();
        for (String key : facts.keys()) {
            boolean ok = allowed.contains(key) || key.matches(java.util.regex.Pattern.quote(RouteKeys.SHADOW_EXAMPLE) + "\\d+")
                || timing(key, RouteKeys.TIMING_JAVA) || timing(key, RouteKeys.TIMING_KERNEL)
                || key.startsWith(RouteKeys.VERIFICATION) && nestedAllowed.contains(key.substring(RouteKeys.VERIFICATION.length()));
            if (!ok) {
                unknown.add(key);
            }
        }
        assertEquals(Set.of(), unknown, "keys the agent answers that " + keys.getSimpleName() + " does not declare: " + facts);
    }

    private static boolean timing(String key, String side) {
        return key.startsWith(side) && Set.of(RouteKeys.TIMED_CALLS, RouteKeys.TIMED_NANOS, RouteKeys.TIMED_RECENT,
                RouteKeys.TIMED_BUSY_NANOS, RouteKeys.TIMED_FIRST, RouteKeys.TIMED_HISTOGRAM)
            .contains(key.substring(side.length()));
    }

    private static Set<String> constants(Class<?> keys) {
        Set<String> values = new HashSet<>();
        for (Field f : keys.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    values.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }

    private static JMXConnector connect(long pid) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
        try {
            vm.loadAgent(BundledJars.agentJar().toString(), "");
            return JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()));
        } finally {
            vm.detach();
        }
    }
}
