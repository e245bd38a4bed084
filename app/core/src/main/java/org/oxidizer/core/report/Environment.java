package org.oxidizer.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the numbers were measured: enough for a reader to judge them and to reproduce them. */
public record Environment(String javaVersion, String javaVendor, String os, String cpuModel, int cores,
                          long memoryBytes) {

    public static Environment current() {
        return new Environment(System.getProperty("java.version"), System.getProperty("java.vendor"),
            System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
            readCpuModel(), Runtime.getRuntime().availableProcessors(), readMemoryBytes());
    }

    private static String readCpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long readMemoryBytes() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(l -> l.startsWith("MemTotal:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024)
                .findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }
}
