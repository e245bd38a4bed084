package org.oxidizer.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** The HTML report's environment and reproduction: machine, JVMs, versions, and the exact commands. */
final class HtmlEnvironmentSection {

    private HtmlEnvironmentSection() {
    }

    static void write(Writer out, MigrationReport report) throws IOException {
        Environment env = report.environment();
        out.write("<h2 id='environment'>Environment and reproduction</h2><table>");
        row(out, "JVM (workbench)", env.javaVendor() + " " + env.javaVersion());
        row(out, "OS", env.os());
        row(out, "CPU", env.cpuModel() + ", " + env.cores() + " cores");
        row(out, "Memory", Figures.bytes(env.memoryBytes()));
        StringBuilder versions = new StringBuilder();
        for (Map.Entry<String, String> v : env.sortedVersions().entrySet()) {
            versions.append(versions.length() == 0 ? "" : ", ").append(v.getKey()).append(' ').append(v.getValue());
        }
        row(out, "Versions", versions.toString());
        out.write("<tr><td class='key'>Workbench JVM flags</td><td><code>" + Html.escape(String.join(" ", env.jvmArguments()))
            + "</code></td></tr>");
        for (RunCommand cmd : report.runCommands()) {
            out.write("<tr><td class='key'>JVM flags " + Html.escape(cmd.side()) + "</td><td><code>"
                + Html.escape(String.join(" ", cmd.jvmOptions())) + "</code></td></tr>");
        }
        row(out, "Generated", report.generatedAt().toString());
        out.write("</table><h3>Reproduce</h3><pre><code>" + Html.escape(report.command()) + "</code></pre>");
        for (RunCommand cmd : report.runCommands()) {
            if (!cmd.commandLine().isEmpty()) {
                out.write("<p class='note'>The " + Html.escape(cmd.side()) + " target JVM was started as:</p><pre><code>"
                    + Html.escape(cmd.shellLine()) + "</code></pre>");
            }
        }
    }

    private static void row(Writer out, String key, String value) throws IOException {
        out.write("<tr><td class='key'>" + Html.escape(key) + "</td><td>" + Html.escape(value) + "</td></tr>");
    }
}
