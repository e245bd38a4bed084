package org.oxidizer.core.target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turns the Attach API's varied failures into one sentence that says what to do. */
final class AttachFailures {

    private AttachFailures() {
    }

    static AttachRefusedException explain(long pid, Exception e) {
        Path proc = Path.of("/proc", Long.toString(pid));
        if (!Files.isDirectory(proc)) {
            return new AttachRefusedException("No process with pid " + pid + " is running.", e);
        }
        String cmdline = cmdline(proc);
        if (cmdline.contains("-XX:+DisableAttachMechanism")) {
            return new AttachRefusedException("JVM " + pid + " was started with -XX:+DisableAttachMechanism and refuses"
                + " every attach; restart it without that flag, or launch it from Oxidizer.", e);
        }
        int owner = owner(proc);
        int me = owner(Path.of("/proc/self"));
        if (owner >= 0 && owner != me && me != 0) {
            return new AttachRefusedException("Process " + pid + " belongs to another user (uid " + owner
                + "); the Attach API only reaches JVMs of the same user, so run Oxidizer as that user.", e);
        }
        if (!cmdline.contains("java") && !cmdline.contains("jvm")) {
            return new AttachRefusedException("Process " + pid + " does not look like a JVM (" + abbreviate(cmdline) + ").", e);
        }
        return new AttachRefusedException("JVM " + pid + " did not accept the attach: " + e.getMessage(), e);
    }

    private static String cmdline(Path proc) {
        try {
            return new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ').trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static int owner(Path proc) {
        try {
            return (Integer) Files.getAttribute(proc, "unix:uid");
        } catch (IOException | UnsupportedOperationException e) {
            return -1;
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
