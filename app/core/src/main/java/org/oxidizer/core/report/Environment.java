package org.oxidizer.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Where the numbers were measured: enough for a reader to judge them and to reproduce them.
 *
 * @param jvmArguments the workbench JVM's own options (the targets' are in each run's command line)
 * @param versions     Oxidizer and the libraries that shaped the numbers (async-profiler, JNA, ...), by name
 */
public record Environment(String javaVersion, String javaVendor, String os, String cpuModel, int cores,
                          long memoryBytes, List<String> jvmArguments, Map<String, String> versions) {

    public Environment {
        jvmArguments = List.copyOf(jvmArguments);
        versions = Map.copyOf(versions);
    }

    public static Environment current() {
        return new Environment(System.getProperty("java.version"), System.getProperty("java.vendor"),
            System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
            readCpuModel(), Runtime.getRuntime().availableProcessors(), readMemoryBytes(),
            ManagementFactory.getRuntimeMXBean().getInputArguments(), readVersions());
    }

    /** Versions sorted by name, Oxidizer first, for stable output. */
    public Map<String, String> sortedVersions() {
        Map<String, String> sorted = new LinkedHashMap<>();
        if (versions.containsKey("oxidizer")) {
            sorted.put("oxidizer", versions.get("oxidizer"));
        }
        versions.keySet().stream().sorted().forEach(k -> sorted.putIfAbsent(k, versions.get(k)));
        return sorted;
    }

    private static Map<String, String> readVersions() {
        Properties p = new Properties();
        try (InputStream in = Environment.class.getResourceAsStream("versions.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return Map.of();
        }
        Map<String, String> versions = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> versions.put(k, p.getProperty(k)));
        return versions;
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
