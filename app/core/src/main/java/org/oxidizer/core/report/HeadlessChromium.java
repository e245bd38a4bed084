package org.oxidizer.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Chromium without a screen, for what only a browser can tell: that the report's page renders and its
 * scripts run cleanly (the DOM after load, console messages), and for printing it to PDF. Each run gets a
 * fresh profile folder and no network: every host resolves to nothing, so a page that reached out would
 * log a failed load.
 */
public final class HeadlessChromium {

    /** Overrides where Chromium is looked for. */
    public static final String BINARY_PROPERTY = "oxidizer.chromium";

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome");
    private static final long TIMEOUT_SECONDS = 120;

    /** What one run left: the page's DOM or nothing, and the console lines the page produced. */
    public record Result(int exitCode, String stdout, List<String> consoleLines) {
    }

    private final Path binary;

    public HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** Chromium if installed here ({@code ./oxidizer} installs Debian's {@code chromium} package). */
    public static Optional<HeadlessChromium> find() {
        String configured = System.getProperty(BINARY_PROPERTY);
        Stream<String> paths = configured != null ? Stream.of(configured) : CANDIDATES.stream();
        return paths.map(Path::of).filter(Files::isExecutable).findFirst().map(HeadlessChromium::new);
    }

    /** The DOM after the page's scripts ran. */
    public Result dumpDom(Path html) throws IOException, InterruptedException {
        return run(List.of("--dump-dom"), html);
    }

    public Result printToPdf(Path html, Path pdf) throws IOException, InterruptedException {
        return run(List.of("--print-to-pdf=" + pdf.toAbsolutePath(), "--no-pdf-header-footer"), html);
    }

    public Result screenshot(Path html, Path png, int width, int height) throws IOException, InterruptedException {
        return run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
            "--hide-scrollbars"), html);
    }

    private Result run(List<String> action, Path html) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("oxidizer-chromium-");
        Path stdout = profile.resolve("stdout.txt");
        Path stderr = profile.resolve("stderr.txt");
        try {
            List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile.resolve("data"),
                "--enable-logging=stderr", "--v=0"));
            cmd.addAll(action);
            cmd.add(html.toAbsolutePath().toUri().toString());
            Process process = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IOException("Chromium did not finish within " + TIMEOUT_SECONDS + " s on " + html);
            }
            List<String> console = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(":CONSOLE")).toList();
            return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8), console);
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Chromium's last child may still be closing a file; the folder is in the temp dir anyway.
        }
    }
}
