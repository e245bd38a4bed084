package org.oxidizer.agent;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import org.oxidizer.agent.api.Facts;
import org.oxidizer.agent.api.StatusFileKeys;

/**
 * What the agent tells the workbench when the target exits: which profiler event ran, what was swapped
 * and how many calls the kernel served, and the process's own CPU time and peak RSS read at the last
 * moment (the outside sampler can miss up to one interval of both).
 */
final class AgentStatus {

    private final Properties values = new Properties();

    void put(String key, Object value) {
        if (value != null) {
            values.setProperty(key, String.valueOf(value));
        }
    }

    void putSwaps(List<Facts> swaps) {
        put(StatusFileKeys.SWAPS, swaps.size());
        for (int i = 0; i < swaps.size(); i++) {
            for (String field : StatusFileKeys.swapFields()) {
                put(StatusFileKeys.swap(i) + field, swaps.get(i).get(field));
            }
        }
    }

    /** From /proc, not from JMX: initializing the platform MXBeans at exit would cost the target ~100 ms. */
    void putProcessTotals() {
        try {
            String stat = new String(Files.readAllBytes(Paths.get("/proc/self/stat")), java.nio.charset.StandardCharsets.US_ASCII);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            put(StatusFileKeys.PROCESS_CPU_NANOS, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L);   // utime + stime, USER_HZ 100
        } catch (IOException | RuntimeException e) {
            put(StatusFileKeys.PROCESS_CPU_ERROR, e.toString());
        }
        try {
            for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    put(StatusFileKeys.PROCESS_PEAK_RSS_BYTES, Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            put(StatusFileKeys.PROCESS_PEAK_RSS_ERROR, e.toString());
        }
    }

    /** Written to a temporary file and renamed, so the reader never sees half a status. */
    void write(String file) throws IOException {
        Path target = Paths.get(file);
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            values.store(out, "oxidizer agent status");
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
