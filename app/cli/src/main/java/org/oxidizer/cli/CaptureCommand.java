package org.oxidizer.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.oxidizer.core.kernelgen.CallCapture;
import org.oxidizer.core.kernelgen.MethodRef;
import org.oxidizer.core.report.Figures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Saves real calls of one method of a running JVM, for `oxidizer kernel test` and the replay tests it writes. */
@Command(name = "capture", mixinStandardHelpOptions = true,
    description = "Save real calls of a method in a running JVM (its arguments and Java's answers) to a file, with the same"
        + " bounded capture as verification.")
final class CaptureCommand implements Callable<Integer> {

    @Option(names = "--pid", required = true, description = "The running JVM (see 'oxidizer jvms'); it keeps running.")
    long pid;

    @Option(names = "--method", required = true, paramLabel = "CLASS.METHOD", description = "The method, e.g. com.acme.Stats.checksum.")
    String method;

    @Option(names = "--calls", defaultValue = "50", description = "Calls to save (default ${DEFAULT-VALUE}).")
    int calls;

    @Option(names = "--max-mib", defaultValue = "0", description = "Memory the capture may keep in the target, MiB (default: the"
        + " agent's 64).")
    int maxMib;

    @Option(names = "--timeout", defaultValue = "60", description = "Seconds to wait for the calls (default ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--out", defaultValue = "calls.oxc", description = "The file (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (calls < 1) {
            throw new IllegalArgumentException("--calls must be at least 1");
        }
        CallCapture.Saved saved = CallCapture.capture(pid, MethodRef.parse(method), calls, maxMib * 1024L * 1024L, timeout,
            out.toAbsolutePath(), ConsoleProgress.onStderr());
        System.out.printf(java.util.Locale.ROOT, "saved %d calls of %s to %s (%s)%s; copying them cost %.1f%% of their own time%n",
            saved.calls(), saved.signature(), saved.file(), Figures.bytes(saved.bytes()),
            saved.complete() ? "" : ", fewer than the " + calls + " asked for (timeout or memory budget)", saved.costPercent());
        return 0;
    }
}
