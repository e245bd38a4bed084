package org.oxidizer.core.target;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A real child JVM running a bundled sample for long enough to be attached to, for tests. */
public final class ChildJvm implements AutoCloseable {

    private final Process process;

    private ChildJvm(Process process) {
        this.process = process;
    }

    /** Starts the headline pipeline on a corpus too big to finish during a test, and waits until it works. */
    public static ChildJvm startBusy(String... jvmOptions) throws IOException {
        List<String> options = new ArrayList<>(List.of(jvmOptions));
        options.add("-Xmx256m");
        return start("org.oxidizer.samples.textagg.TextAggregationPipeline",
            List.of("--texts", "500000000", "--batch", "20000"), options);
    }

    /**
     * Starts {@code mainClass} from the samples jar and returns once it printed its first
     * {@code oxidizer.progress=} line: classes loaded, the hot loop running.
     */
    public static ChildJvm start(String mainClass, List<String> args, List<String> jvmOptions) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", BundledJars.samplesJar().toString(), mainClass));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()));
        List<String> early = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("oxidizer.progress=")) {
            early.add(line);
        }
        if (line == null) {
            throw new IOException(mainClass + " ended before it reported progress: " + String.join("\n", early));
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe empty so the child never blocks on stdout
                }
            } catch (IOException e) {
                // the child is gone
            }
        });
        drain.setDaemon(true);
        drain.start();
        return new ChildJvm(p);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }
}
