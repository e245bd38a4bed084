package org.oxidizer.gui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.List;
import org.oxidizer.core.target.BundledJars;

/** A real child JVM running the headline sample long enough to be attached to (the approach of core's ChildJvm). */
public final class ChildJvm implements AutoCloseable {

    private final Process process;

    private ChildJvm(Process process) {
        this.process = process;
    }

    /**
     * Starts the pipeline on a corpus too big to finish during a test, and waits until its hot loop runs. Small
     * batches: many quick calls of the hot method, so a test captures, verifies and sees the kernel serve in seconds.
     */
    public static ChildJvm startBusy() throws IOException {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m", "-cp", BundledJars.samplesJar().toString(), "org.oxidizer.samples.textagg.TextAggregationPipeline",
            "--texts", "500000000", "--batch", "2000")).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("oxidizer.progress=")) {
            // wait for the first batch: classes loaded, the hot loop running
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

    /** Ends it the hard way, as a crash would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
