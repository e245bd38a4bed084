package org.oxidizer.core.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads /proc/PID/stat and /proc/PID/status; an exited process simply has nothing to read. */
final class ProcReader {

    /** Linux reports stat times in clock ticks; USER_HZ is 100 on every mainstream distribution. */
    static final long NANOS_PER_TICK = 10_000_000L;

    record Snapshot(long rssBytes, long peakRssBytes, long cpuNanos, int threads) {
    }

    private final Path stat;
    private final Path status;

    ProcReader(long pid) {
        Path dir = Path.of("/proc", Long.toString(pid));
        this.stat = dir.resolve("stat");
        this.status = dir.resolve("status");
    }

    Optional<Snapshot> read() {
        try {
            String statLine = Files.readString(stat);
            // The command name may hold spaces and parentheses: fields are counted after the last ')'.
            String[] f = statLine.substring(statLine.lastIndexOf(')') + 2).trim().split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);   // utime (14), stime (15)
            int threads = Integer.parseInt(f[17]);                         // num_threads (20)
            long rss = -1;
            long hwm = 0;
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    rss = kilobytes(line) * 1024;
                } else if (line.startsWith("VmHWM:")) {
                    hwm = kilobytes(line) * 1024;
                }
            }
            if (rss < 0) {
                return Optional.empty();    // a zombie: exited, not yet reaped, no memory left to report
            }
            return Optional.of(new Snapshot(rss, Math.max(rss, hwm), ticks * NANOS_PER_TICK, threads));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();   // the process is exiting while we read; the next tick sees it gone
        }
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
