package org.oxidizer.core.report;

import java.util.List;
import java.util.Optional;
import org.oxidizer.core.profile.NativeMemory;
import org.oxidizer.core.target.TargetRun;

/**
 * The after-run's native memory next to its peak RSS (recorded with {@code demo --nativemem}): bytes malloc'd and bytes
 * still held when it ended, by owner (each kernel, the JIT compiler, the JVM, Java code, async-profiler itself), the
 * before-run's beside them. Every report format draws it from here.
 *
 * @param refused why the platform refused to record native memory, or null
 */
public record NativeMemorySection(NativeMemory before, NativeMemory after, long beforePeakRss, long afterPeakRss,
                                  String refused) {

    /** The first run of each side that recorded native memory; empty when none was asked for. */
    public static Optional<NativeMemorySection> of(MigrationReport report) {
        var c = report.comparison();
        TargetRun after = first(c.after());
        TargetRun before = first(c.before());
        String refused = c.after().isEmpty() ? null : c.after().get(0).agent().nativememRefused();
        if (after == null && refused == null) {
            return Optional.empty();
        }
        return Optional.of(new NativeMemorySection(before == null ? null : before.nativeMemory(),
            after == null ? null : after.nativeMemory(), before == null ? 0 : before.measurement().peakRssBytes(),
            after == null ? c.after().get(0).measurement().peakRssBytes() : after.measurement().peakRssBytes(), refused));
    }

    private static TargetRun first(List<TargetRun> runs) {
        return runs.stream().filter(r -> r.nativeMemory() != null).findFirst().orElse(null);
    }

    /** One sentence: the after-run's peak RSS, what it still held natively at its end, the kernels' part. */
    public String sentence() {
        if (after == null) {
            return "Native memory was not recorded: " + (refused == null ? "the recording holds no malloc events" : refused) + ".";
        }
        NativeMemory.Owner k = after.kernels();
        return "After-run: peak RSS " + Figures.bytes(afterPeakRss) + "; native memory malloc'd " + Figures.bytes(after.mallocd())
            + ", still held at its end " + Figures.bytes(after.held()) + ", of it the kernels' " + Figures.bytes(k.held())
            + " (" + Figures.bytes(k.mallocd()) + " malloc'd by them)"
            + (before == null ? "" : "; before-run: peak RSS " + Figures.bytes(beforePeakRss) + ", malloc'd "
                + Figures.bytes(before.mallocd()) + ", held at its end " + Figures.bytes(before.held())) + "."
            + (after.sampled() ? " Sampled: one malloc about every " + after.interval() + " bytes was recorded, so these are the sampled"
                + " mallocs' bytes, not totals; --nativemem alone records every malloc." : "");
    }

    /** Rows of the owner table: owner, after malloc'd, after held, before malloc'd, before held (texts). */
    public List<String[]> rows() {
        java.util.Map<String, String[]> rows = new java.util.LinkedHashMap<>();
        for (NativeMemory.Owner o : after.owners()) {
            rows.put(o.name(), new String[] {o.name(), Figures.bytes(o.mallocd()), Figures.bytes(o.held()), "–", "–"});
        }
        if (before != null) {
            for (NativeMemory.Owner o : before.owners()) {
                String[] r = rows.computeIfAbsent(o.name(), n -> new String[] {n, "–", "–", "–", "–"});
                r[3] = Figures.bytes(o.mallocd());
                r[4] = Figures.bytes(o.held());
            }
        }
        return List.copyOf(rows.values());
    }

    public static final String NOTE = "Bytes malloc'd over the run and still held (malloc'd, never freed) when it ended,"
        + " by the owner of the allocating stack, from async-profiler's nativemem recording; the Java heap is not malloc'd"
        + " this way and is not in these figures. async-profiler's own allocations (symbol demangling, buffers) are set apart.";
}
