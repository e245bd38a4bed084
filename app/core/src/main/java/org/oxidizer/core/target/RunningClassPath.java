package org.oxidizer.core.target;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The class path a running JVM was started with, read from its command line in {@code /proc} (no attach): what
 * the Migrate step reads class files from before any session. Relative entries are resolved against the JVM's
 * working directory, {@code dir/*} entries are expanded as the launcher does.
 */
public final class RunningClassPath {

    private RunningClassPath() {
    }

    /** Empty when the command line cannot be read (another user's process, not Linux) or names no class path. */
    public static Optional<List<Path>> of(long pid) {
        List<String> args;
        Path cwd;
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            args = List.of(new String(raw, Charset.defaultCharset()).split("\0"));
            cwd = Path.of("/proc", Long.toString(pid), "cwd").toRealPath();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return parse(args, cwd);
    }

    static Optional<List<Path>> parse(List<String> args, Path cwd) {
        String classpath = null;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) && i + 1 < args.size()) {
                classpath = args.get(++i);
            } else if (a.startsWith("-Djava.class.path=")) {
                classpath = a.substring("-Djava.class.path=".length());
            } else if (a.equals("-jar") && i + 1 < args.size()) {
                return Optional.of(List.of(cwd.resolve(args.get(i + 1))));
            } else if (!a.startsWith("-")) {
                break;                  // the main class: what follows are the program's own arguments
            }
        }
        if (classpath == null) {
            return Optional.empty();
        }
        List<Path> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.endsWith("*")) {
                Path dir = cwd.resolve(entry.substring(0, entry.length() - 1));
                try (var jars = Files.list(dir)) {
                    jars.filter(p -> p.toString().endsWith(".jar") || p.toString().endsWith(".JAR")).sorted().forEach(entries::add);
                } catch (IOException e) {
                    // a missing directory adds nothing, as for the launcher
                }
            } else {
                entries.add(cwd.resolve(entry));
            }
        }
        return Optional.of(entries);
    }
}
