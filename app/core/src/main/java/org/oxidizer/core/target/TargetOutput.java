package org.oxidizer.core.target;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Drains a target's stdout and stderr on their own threads (a full pipe would stall the target), keeps
 * the last lines, and picks out the {@code oxidizer.KEY=VALUE} lines a workload prints about itself.
 */
final class TargetOutput {

    private static final String PREFIX = "oxidizer.";
    private static final int TAIL_LINES = 200;

    private final Deque<String> tail = new ArrayDeque<>();
    private final Map<String, String> reported = new ConcurrentHashMap<>();
    private final Consumer<Map.Entry<String, String>> onReport;
    private final Thread[] pumps = new Thread[2];

    TargetOutput(Process process, Consumer<Map.Entry<String, String>> onReport) {
        this.onReport = onReport;
        pumps[0] = pump(process.getInputStream(), "stdout");
        pumps[1] = pump(process.getErrorStream(), "stderr");
    }

    private Thread pump(InputStream stream, String name) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    accept(line);
                }
            } catch (IOException e) {
                accept("[oxidizer] lost the target's " + name + ": " + e.getMessage());
            }
        }, "oxidizer-target-" + name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void accept(String line) {
        synchronized (tail) {
            tail.addLast(line);
            if (tail.size() > TAIL_LINES) {
                tail.removeFirst();
            }
        }
        int eq = line.indexOf('=');
        if (line.startsWith(PREFIX) && eq > PREFIX.length()) {
            Map.Entry<String, String> entry = Map.entry(line.substring(PREFIX.length(), eq), line.substring(eq + 1).trim());
            reported.put(entry.getKey(), entry.getValue());
            onReport.accept(entry);
        }
    }

    /** Waits until both streams are drained (they close when the process exits). */
    void awaitEnd() throws InterruptedException {
        for (Thread t : pumps) {
            t.join();
        }
    }

    Map<String, String> reported() {
        return Map.copyOf(reported);
    }

    List<String> tail() {
        synchronized (tail) {
            return List.copyOf(tail);
        }
    }
}
