package org.oxidizer.installer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.spi.ToolProvider;

/** Runs jlink or jpackage in this JVM, so they come from the JDK the build runs on, and fails with their output. */
final class JdkTool {

    private JdkTool() {
    }

    static String run(String name, List<String> args) {
        ToolProvider tool = ToolProvider.findFirst(name).orElseThrow(() -> new IllegalStateException(
            "this Java runtime has no " + name + " (" + System.getProperty("java.home") + "): build with a full JDK 17+"));
        StringWriter out = new StringWriter();
        try (PrintWriter writer = new PrintWriter(out)) {
            int code = tool.run(writer, writer, args.toArray(String[]::new));
            writer.flush();
            if (code != 0) {
                throw new IllegalStateException(name + " failed (exit code " + code + "): " + out.toString().strip()
                    + "\n" + name + " " + String.join(" ", args));
            }
        }
        return out.toString();
    }
}
