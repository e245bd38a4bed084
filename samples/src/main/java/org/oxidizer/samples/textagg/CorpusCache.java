package org.oxidizer.samples.textagg;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The day's batch on disk, made once from the seed by {@link CorpusGenerator}: the log lines in files of up to
 * {@link #linesPerFile} lines ({@code part-0000.log}, ..., UTF-8, one text per line) and a {@code MANIFEST} naming
 * each file with its size and CRC-32. A cache that is missing, cut short or does not match its checksums is made again,
 * and says why; it is written into a temporary folder and moved into place whole, so a full disk leaves no half corpus
 * for a later run to read. (UTF-8 cannot hold the generator's lone surrogate: it is written as '?', as an encoder does.)
 *
 * <p>{@code java -cp oxidizer-samples.jar org.oxidizer.samples.textagg.CorpusCache --dir ROOT --texts N --seed S}
 * prints {@code oxidizer.corpus=DIR} and one line about what it did.
 */
public final class CorpusCache {

    /** Lines per file of a large corpus: a day's batch comes in files of this size. */
    public static final int LINES_PER_FILE = 50_000;

    /** Files of a small corpus are smaller, so that it still has about 20: a swap is verified on its method's first calls. */
    static final int MIN_FILES = 20;
    static final String MANIFEST = "MANIFEST";

    /** The corpus folder, its files in order, and whether it was made now (and why). */
    public record Corpus(Path dir, List<Path> files, boolean rebuilt, String why) {
    }

    private CorpusCache() {
    }

    /** The corpus of {@code texts} lines from {@code seed} under {@code root}, made if it is not there intact. */
    public static Corpus ensure(Path root, int texts, long seed) throws IOException {
        Path dir = dirOf(root, texts, seed);
        String problem;
        try {
            problem = problem(dir, texts, seed);
        } catch (IOException | RuntimeException e) {
            problem = "it cannot be read (" + e.getMessage() + ")";
        }
        if (problem == null) {
            return new Corpus(dir, files(dir), false, null);
        }
        Path temp = root.resolve(dir.getFileName() + ".making-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(root);
            deleteTree(temp);
            write(temp, texts, seed);
            deleteTree(dir);
            Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                deleteTree(temp);
            } catch (IOException ignored) {
                // the first failure is the one to say
            }
            throw new IOException("could not write the corpus to " + root + ": " + reason(e), e);
        }
        return new Corpus(dir, files(dir), true, problem);
    }

    /**
     * How many lines each file of a corpus of {@code texts} lines holds (the last one the rest): {@value #LINES_PER_FILE},
     * or fewer so that there are at least {@value #MIN_FILES} files, but never fewer than 100.
     */
    public static int linesPerFile(int texts) {
        return Math.max(100, Math.min(LINES_PER_FILE, texts / MIN_FILES));
    }

    /** Where under {@code root} the corpus of {@code texts} lines from {@code seed} lies. */
    public static Path dirOf(Path root, int texts, long seed) {
        return root.resolve("text-aggregation-" + texts + "-" + seed);
    }

    /** Why the folder cannot be used as the corpus of {@code texts} lines from {@code seed}, or null when it can. */
    static String problem(Path dir, int texts, long seed) throws IOException {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Files.isDirectory(dir) ? "its MANIFEST is missing" : "there was none";
        }
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(header(texts, seed))) {
            return "its MANIFEST is not of " + texts + " lines from seed " + seed;
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(" ");
            if (f.length != 3) {
                return "its MANIFEST has a line it cannot read: '" + line + "'";
            }
            Path file = dir.resolve(f[0]);
            if (!Files.isRegularFile(file)) {
                return f[0] + " is missing";
            }
            if (Files.size(file) != Long.parseLong(f[1])) {
                return f[0] + " has " + Files.size(file) + " bytes instead of " + f[1] + " (cut short or changed)";
            }
            if (!crc(file).equals(f[2])) {
                return f[0] + " does not match its checksum";
            }
        }
        return null;
    }

    /** The corpus files in the MANIFEST's order. */
    public static List<Path> files(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve(MANIFEST), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            files.add(dir.resolve(line.substring(0, line.indexOf(' '))));
        }
        return files;
    }

    private static String header(int texts, long seed) {
        return "oxidizer text-aggregation corpus: texts " + texts + " seed " + seed + " lines-per-file " + linesPerFile(texts);
    }

    private static void write(Path dir, int texts, long seed) throws IOException {
        Files.createDirectories(dir);
        CorpusGenerator generator = new CorpusGenerator(seed);
        StringBuilder manifest = new StringBuilder(header(texts, seed)).append('\n');
        int part = 0;
        int perFile = linesPerFile(texts);
        for (int done = 0; done < texts; done += perFile, part++) {
            String name = String.format("part-%04d.log", part);
            CRC32 crc = new CRC32();
            long size = 0;
            try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
                for (String text : generator.next(Math.min(perFile, texts - done))) {
                    byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
                    out.write(bytes);
                    crc.update(bytes);
                    size += bytes.length;
                }
            }
            manifest.append(name).append(' ').append(size).append(' ').append(Long.toHexString(crc.getValue())).append('\n');
        }
        Files.writeString(dir.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);     // last: a corpus without it is not one
    }

    private static String crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return Long.toHexString(crc.getValue());
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path e : entries) {
                    deleteTree(e);
                }
            }
        }
        Files.delete(dir);
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return m != null && m.contains("No space left") ? "the disk is full" : e.getClass().getSimpleName() + ": " + m;
    }

    public static void main(String[] args) {
        Path root = Path.of(arg(args, "--dir", System.getProperty("java.io.tmpdir")));
        int texts = Integer.parseInt(arg(args, "--texts", "200000").replace("_", ""));
        long seed = Long.parseLong(arg(args, "--seed", "42"));
        try {
            long start = System.nanoTime();
            Corpus c = ensure(root, texts, seed);
            System.out.println("oxidizer.corpus=" + c.dir());
            System.out.println(c.rebuilt() ? String.format("corpus: made %,d lines in %d files under %s in %.1f s (%s)", texts,
                c.files().size(), c.dir(), (System.nanoTime() - start) / 1e9, c.why())
                : String.format("corpus: %s is intact (%,d lines, %d files, checksums match)", c.dir(), texts, c.files().size()));
        } catch (IOException e) {
            System.out.println("oxidizer.error=" + e.getMessage());
            System.exit(2);
        }
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
