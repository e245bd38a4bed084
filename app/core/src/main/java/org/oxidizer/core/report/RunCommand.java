package org.oxidizer.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.oxidizer.core.target.TargetRun;

/**
 * How one side's target JVM was started, for the reproduction section: its JVM options (the workbench's
 * additions and the agent included) and the whole command line, ready to paste into a shell.
 *
 * @param side "before" or "after"
 */
public record RunCommand(String side, List<String> jvmOptions, List<String> commandLine) {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./=:,+@%^-]+");

    public RunCommand {
        jvmOptions = List.copyOf(jvmOptions);
        commandLine = List.copyOf(commandLine);
    }

    /** From the side's first run; a run launched before command lines were recorded falls back to its spec. */
    static RunCommand of(String side, TargetRun run) {
        List<String> cmd = run.commandLine();
        if (cmd.isEmpty()) {
            return new RunCommand(side, run.spec().jvmOptions(), List.of());
        }
        List<String> options = new ArrayList<>();
        for (int i = 1; i < cmd.size(); i++) {
            String arg = cmd.get(i);
            if (arg.equals("-cp") || arg.equals("-classpath") || arg.equals("--class-path")) {
                i++;
            } else if (arg.equals("-jar") || !arg.startsWith("-")) {
                break;
            } else {
                options.add(arg);
            }
        }
        return new RunCommand(side, options, cmd);
    }

    /** The command line with POSIX shell quoting, e.g. {@code java -Xmx1g -cp '/a b/x.jar' Main}. */
    public String shellLine() {
        return commandLine.stream().map(RunCommand::quote).collect(Collectors.joining(" "));
    }

    /** One argument as a POSIX shell reads it back: plain when safe, else single-quoted. */
    public static String quote(String arg) {
        if (!arg.isEmpty() && PLAIN.matcher(arg).matches()) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }
}
