package org.oxidizer.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentRequestTest {

    @Test
    void buildsTheAgentsOptionString() {
        AgentRequest request = new AgentRequest("cpu", "1ms", true, List.of())
            .withSwaps(List.of(new MethodSwap("org.acme.Texts", "extract", "extract_and_aggregate")));
        assertEquals("event=cpu,interval=1ms,collapsed=/tmp/p.collapsed,snapshot=2,jfr=/tmp/p.jfr,status=/tmp/s.properties,"
                + "swap=org.acme.Texts#extract@extract_and_aggregate",
            request.toAgentOptions(Path.of("/tmp/p.collapsed"), Path.of("/tmp/p.jfr"), Path.of("/tmp/s.properties")));
    }

    @Test
    void withoutAnEventTheAgentOnlySwaps() {
        AgentRequest request = new AgentRequest(null, null, false, List.of(new MethodSwap("A", "m", "k")));
        assertEquals("status=/tmp/s,swap=A#m@k", request.toAgentOptions(Path.of("/tmp/p"), Path.of("/tmp/j"), Path.of("/tmp/s")));
    }

    @Test
    void refusesPathsTheAgentCannotParse() {
        assertThrows(IllegalArgumentException.class,
            () -> AgentRequest.profileCpu().toAgentOptions(Path.of("/tmp/a,b"), Path.of("/tmp/j"), Path.of("/tmp/s")));
    }

    @Test
    void addsTheModernJdkFlagsOnlyForJdk21AndLater() {
        TargetLauncher launcher = new TargetLauncher(Path.of("/opt/agent.jar"));
        TargetSpec spec = TargetSpec.mainClass("t", "Main", List.of(Path.of("/opt/t.jar")), List.of("x"));
        List<String> cmd = launcher.command(spec, "event=cpu");
        boolean modern = Runtime.version().feature() >= 21;
        assertEquals(modern, cmd.containsAll(TargetLauncher.MODERN_JDK_FLAGS));
        assertEquals(List.of("-javaagent:/opt/agent.jar=event=cpu", "-cp", "/opt/t.jar", "Main", "x"),
            cmd.subList(cmd.size() - 5, cmd.size()));
    }
}
