package com.example.settle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A workload the workbench's catalog has never seen, for checking its predictions (docs/BENCHMARKS.md,
 * "Prediction"): a settlement log scanner. Each batch of lines like {@code acct=1042 amount=318 fee=2 ...} is
 * reduced to per-line key totals by {@link #totals}, then folded into a ledger. Plain Java, as a team writes it.
 *
 * <pre>
 * javac -d /tmp/settle docs/workloads/SettlementScan.java
 * java -Xmx1g -cp /tmp/settle com.example.settle.SettlementScan [batches] [linesPerBatch]
 * </pre>
 */
public final class SettlementScan {

    private static final Pattern PAIR = Pattern.compile("(\\w+)=(\\d+)");

    private SettlementScan() {
    }

    /** Per line, each key's summed values. */
    public static List<Map<String, Integer>> totals(List<String> lines) {
        List<Map<String, Integer>> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            Map<String, Integer> sums = new HashMap<>();
            Matcher m = PAIR.matcher(line);
            while (m.find()) {
                sums.merge(m.group(1), Integer.parseInt(m.group(2)), Integer::sum);
            }
            out.add(sums);
        }
        return out;
    }

    public static void main(String[] args) {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int perBatch = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Random random = new Random(7);
        String[] keys = {"acct", "amount", "fee", "tax", "fx", "branch", "teller", "batch", "refund", "chargeback"};
        Map<String, Long> ledger = new HashMap<>();
        long start = System.nanoTime();
        for (int b = 0; b < batches; b++) {
            List<String> lines = new ArrayList<>(perBatch);
            StringBuilder line = new StringBuilder(96);
            for (int i = 0; i < perBatch; i++) {
                line.setLength(0);
                line.append("2026-12-05T10:").append(i % 60).append(" settle ");
                int fields = 3 + random.nextInt(6);
                for (int f = 0; f < fields; f++) {
                    line.append(keys[random.nextInt(keys.length)]).append('=').append(random.nextInt(100_000)).append(' ');
                }
                lines.add(line.toString());
            }
            for (Map<String, Integer> sums : totals(lines)) {
                sums.forEach((k, v) -> ledger.merge(k, (long) v, Long::sum));
            }
        }
        long checksum = 17;
        for (Map.Entry<String, Long> e : new java.util.TreeMap<>(ledger).entrySet()) {
            checksum = checksum * 31 + e.getKey().hashCode() * 1_000_003L + e.getValue();
        }
        System.out.printf("settled %d batches in %.1f s%n", batches, (System.nanoTime() - start) / 1e9);
        System.out.println("oxidizer.checksum=" + Long.toHexString(checksum));
    }
}
