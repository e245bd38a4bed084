package org.oxidizer.samples.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service that renders the latest aggregation snapshot as JSON for every request, without caching:
 * serializing dominates. Prints its own timing and a checksum of every response so runs can be compared.
 *
 * <p>Arguments: {@code --maps N} (maps serialized in total) {@code --seed S --batch B} (maps per response).
 * The last lines it prints are {@code oxidizer.hotMillis=}, {@code oxidizer.wallMillis=} and
 * {@code oxidizer.checksum=}; while it works it prints {@code oxidizer.progress=FRACTION}.
 */
public final class JsonExportPipeline {

    /** Distinct responses in the snapshot; requests cycle through them. */
    private static final int SNAPSHOT_BATCHES = 16;

    private JsonExportPipeline() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        long maps = longArg(args, "--maps", 25_000_000);
        long seed = longArg(args, "--seed", 42);
        int batch = (int) longArg(args, "--batch", 5_000);

        AggregationResults generator = new AggregationResults(seed);
        List<List<Map<String, Integer>>> snapshot = new ArrayList<>();
        for (int i = 0; i < SNAPSHOT_BATCHES; i++) {
            snapshot.add(generator.next(batch));
        }
        long checksum = 0xcbf29ce484222325L;
        long chars = 0;
        long hotNanos = 0;
        long reported = 0;
        int request = 0;
        for (long done = 0; done < maps; done += batch, request++) {
            List<Map<String, Integer>> response = snapshot.get(request % SNAPSHOT_BATCHES);
            if (maps - done < batch) {
                response = response.subList(0, (int) (maps - done));
            }
            long t0 = System.nanoTime();
            String json = JsonExport.toJson(response);
            hotNanos += System.nanoTime() - t0;
            checksum = (checksum ^ json.hashCode() ^ ((long) json.length() << 32)) * 0x100000001b3L;
            chars += json.length();
            if ((done + batch) * 20 / maps > reported) {
                reported = (done + batch) * 20 / maps;
                System.out.printf("oxidizer.progress=%.3f%n", (double) Math.min(maps, done + batch) / maps);
            }
        }
        System.out.println("maps=" + maps + " seed=" + seed + " batch=" + batch + " jsonChars=" + chars);
        System.out.println("oxidizer.hotMillis=" + hotNanos / 1_000_000);
        System.out.println("oxidizer.wallMillis=" + (System.nanoTime() - start) / 1_000_000);
        System.out.println("oxidizer.checksum=" + String.format("%016x", checksum));
    }

    private static long longArg(String[] args, String name, long fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Long.parseLong(args[i + 1].replace("_", ""));
            }
        }
        return fallback;
    }
}
