package org.oxidizer.core.target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JVM's fatal-error report ({@code hs_err_pid<pid>.log}) after it died in native code: where it is and
 * the frame it died in. The places to look are noted while the JVM is alive (its working directory and
 * {@code -XX:ErrorFile} are gone with the process).
 */
public record NativeCrash(Path report, String signal, String problematicFrame) {

    /** Where the JVM with {@code pid} will write its report if it crashes; read these while it runs. */
    public static List<Path> reportLocations(long pid) {
        List<Path> places = new ArrayList<>();
        try {
            byte[] cmdline = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            for (String arg : new String(cmdline, StandardCharsets.UTF_8).split("\0")) {
                if (arg.startsWith("-XX:ErrorFile=")) {
                    places.add(Path.of(arg.substring("-XX:ErrorFile=".length()).replace("%p", Long.toString(pid))));
                }
            }
            Path cwd = Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd"));
            places.add(cwd.resolve("hs_err_pid" + pid + ".log"));
        } catch (IOException | RuntimeException e) {
            // the process is gone or not ours: only the JVM's last resort is left
        }
        places.add(Path.of(System.getProperty("java.io.tmpdir"), "hs_err_pid" + pid + ".log"));
        return places;
    }

    /** The first report found among {@code places}, read. */
    public static Optional<NativeCrash> find(List<Path> places) {
        for (Path place : places) {
            if (Files.isRegularFile(place)) {
                return Optional.of(read(place));
            }
        }
        return Optional.empty();
    }

    static NativeCrash read(Path report) {
        String signal = "a fatal error";
        String frame = "unknown";
        try {
            List<String> lines = Files.readAllLines(report, StandardCharsets.ISO_8859_1);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith("#  SIG") || line.startsWith("#  EXCEPTION") || line.startsWith("#  Internal Error")) {
                    signal = line.substring(3).split(" \\(")[0].trim();
                }
                if (line.startsWith("# Problematic frame:") && i + 1 < lines.size()) {
                    frame = lines.get(i + 1).replaceFirst("^#\\s*", "").trim();
                    break;
                }
            }
        } catch (IOException e) {
            frame = "unreadable report: " + e.getMessage();
        }
        return new NativeCrash(report, signal, frame);
    }

    /** One sentence for people. */
    public String describe(long pid) {
        return "JVM " + pid + " died in native code (" + signal + " in " + problematicFrame + "); its crash report is "
            + report.toAbsolutePath();
    }
}
