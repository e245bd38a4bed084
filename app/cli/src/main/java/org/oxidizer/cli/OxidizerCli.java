package org.oxidizer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code oxidizer} command: dispatches to one small class per subcommand. */
@Command(name = "oxidizer", mixinStandardHelpOptions = true, versionProvider = OxidizerCli.Version.class,
    description = "Profile a JVM workload, swap its hot method for a native Rust kernel, prove the gain.",
    subcommands = {DemoCommand.class, ProfileCommand.class, HotspotsCommand.class, JvmsCommand.class, MigrateCommand.class, KernelsCommand.class, KernelCommand.class, CaptureCommand.class, LatencyCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class OxidizerCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No subcommand: say what there is (the desktop workbench will open here once it exists). */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line as users get it: a failure is one sentence on stderr, never a stack trace. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new OxidizerCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("oxidizer: " + e.getMessage());
            return 1;
        });
        return cli;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = OxidizerCli.class.getPackage().getImplementationVersion();
            return new String[] {"oxidizer " + (v == null ? "(development build)" : v)};
        }
    }
}
