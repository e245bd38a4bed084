package org.oxidizer.samples.textagg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The headline workload: ingest a day of text in batches, extract and aggregate, merge into daily
 * totals and write a JSON summary. Prints its own timing and a checksum so runs can be compared.
 *
 * <p>Arguments: {@code --texts N --seed S --batch B --out FILE [--corpus-root DIR]}. With {@code --corpus-root} the
 * day's batch is read from the files {@link CorpusCache} made there (in the order of its manifest), one file at a time
 * through {@link DailyTotals#ofFile} (read, extract and aggregate each text, total the file), the files' totals merged
 * into the day's; without it the lines are generated in memory, {@code B} at a time, and each batch's per-text maps are
 * merged. {@code --variant scanned} extracts with the hand-written scanner
 * ({@link TextAggregation#extractAndAggregateScanned}, the best Java) instead of the regex version. The last lines it prints are
 * {@code oxidizer.hotMillis=}, {@code oxidizer.wallMillis=} and {@code oxidizer.checksum=}; while it works it
 * prints {@code oxidizer.progress=FRACTION} after each batch.
 */
public final class TextAggregationPipeline {

    private TextAggregationPipeline() {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        int texts = intArg(args, "--texts", 200_000);
        long seed = intArg(args, "--seed", 42);
        int batch = intArg(args, "--batch", 50_000);
        String out = stringArg(args, "--out", null);

        String corpusRoot = stringArg(args, "--corpus-root", null);
        boolean scanned = "scanned".equals(stringArg(args, "--variant", "regex"));
        DailySummary summary = new DailySummary();
        long hotNanos = 0;
        if (corpusRoot != null) {
            List<Path> files = corpus(Path.of(corpusRoot), texts, seed);
            int perFile = CorpusCache.linesPerFile(texts);
            for (int i = 0; i < files.size(); i++) {
                long t0 = System.nanoTime();
                Map<String, Long> totals = scanned ? DailyTotals.ofFileScanned(files.get(i)) : DailyTotals.ofFile(files.get(i));
                hotNanos += System.nanoTime() - t0;
                summary.addTotals(totals, Math.min(perFile, texts - i * perFile));
                System.out.printf("oxidizer.progress=%.3f%n", (double) (i + 1) / files.size());
            }
        } else {
            CorpusGenerator generated = new CorpusGenerator(seed);
            for (int done = 0; done < texts; done += batch) {
                List<String> batchTexts = generated.next(Math.min(batch, texts - done));
                long t0 = System.nanoTime();
                List<Map<String, Integer>> perText = scanned ? TextAggregation.extractAndAggregateScanned(batchTexts)
                    : TextAggregation.extractAndAggregate(batchTexts);
                hotNanos += System.nanoTime() - t0;
                summary.add(perText);
                System.out.printf("oxidizer.progress=%.3f%n", (double) Math.min(texts, done + batch) / texts);
            }
        }
        String json = summary.toJson();
        if (out != null) {
            Files.write(Path.of(out), json.getBytes(StandardCharsets.UTF_8));
        }
        System.out.println("texts=" + texts + " seed=" + seed + " batch=" + batch);
        System.out.println("oxidizer.hotMillis=" + hotNanos / 1_000_000);
        System.out.println("oxidizer.wallMillis=" + (System.nanoTime() - start) / 1_000_000);
        System.out.println("oxidizer.checksum=" + summary.checksum(json));
    }

    /**
     * The corpus files as prepared (the workbench checks them before timing anything); when run by hand without that
     * step and there is no corpus yet, it is made here first, saying so.
     */
    private static List<Path> corpus(Path root, int texts, long seed) throws IOException {
        Path dir = CorpusCache.dirOf(root, texts, seed);
        if (!Files.isRegularFile(dir.resolve(CorpusCache.MANIFEST))) {
            CorpusCache.Corpus made = CorpusCache.ensure(root, texts, seed);
            System.out.println("corpus: made " + made.dir() + " first (" + made.why() + ")");
        }
        return CorpusCache.files(dir);
    }

    private static int intArg(String[] args, String name, int fallback) {
        String v = stringArg(args, name, null);
        return v == null ? fallback : Integer.parseInt(v.replace("_", ""));
    }

    private static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
