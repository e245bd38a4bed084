package org.oxidizer.installer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code Main --app DIR --cli-jar JAR --resources DIR --version V --work DIR --dest DIR --types app-image,deb}:
 * what the Maven profile {@code installer} runs after laying out the app.
 */
public final class Main {

    private static final List<String> OPTIONS = List.of("--app", "--cli-jar", "--resources", "--version", "--work", "--dest", "--types");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!OPTIONS.contains(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; expected " + OPTIONS);
            }
            options.put(args[i], args[i + 1]);
        }
        for (String option : OPTIONS) {
            if (!options.containsKey(option)) {
                throw new IllegalArgumentException("missing " + option + "; usage: " + OPTIONS);
            }
        }
        Packager packager = new Packager(Path.of(options.get("--app")), Path.of(options.get("--cli-jar")),
            Path.of(options.get("--resources")), options.get("--version"), Path.of(options.get("--work")));
        Path dest = Path.of(options.get("--dest"));
        for (String type : options.get("--types").split(",")) {
            long start = System.nanoTime();
            Path built = switch (type.strip()) {
                case "app-image" -> packager.appImage(dest);
                case "deb" -> packager.deb(dest);
                default -> throw new IllegalArgumentException("unknown type " + type + ": app-image or deb");
            };
            System.out.printf("oxidizer installer: %s %s (%.0f MB, %d s)%n", type.strip(), built.toAbsolutePath(),
                size(built) / 1e6, (System.nanoTime() - start) / 1_000_000_000L);
        }
    }

    private static long size(Path path) throws Exception {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
