package org.oxidizer.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidizer.core.profile.NativeMemory;
import org.oxidizer.core.report.Environment;
import org.oxidizer.core.report.MarkdownReportWriter;
import org.oxidizer.core.report.MigrationReport;
import org.oxidizer.core.samples.BundledSamples;
import org.oxidizer.core.target.TargetRun;
import org.oxidizer.core.task.Progress;

/**
 * The headline migration with native memory recorded on both sides: the after-run's Rust kernel allocations are found
 * by its frames, what it still held at its end is never more than it malloc'd, the CPU profile stays a CPU profile
 * (the mallocs do not leak into it), and the report puts it next to the peak RSS.
 */
class NativeMemoryRunTest {

    @Test
    void theAfterRunsNativeMemoryIsShownByKernelNextToItsRss(@TempDir Path dir) throws Exception {
        Workload workload = BundledSamples.headline(60_000, 7, List.of("-Xmx512m"));
        Comparison c = MigrationRun.withBundledAgent("1ms", "0").run(workload, 1, dir, Progress.NONE);
        TargetRun after = c.after().get(0);
        NativeMemory memory = after.nativeMemory();
        assertNotNull(memory, "the after-run recorded native memory: " + after.agent());
        assertTrue(memory.held() <= memory.mallocd(), memory.toString());
        assertEquals("0", memory.interval(), "the interval the run was asked for: every malloc");
        assertFalse(memory.sampled());
        NativeMemory.Owner kernel = memory.owners().stream().filter(o -> o.name().startsWith("kernel oxidizer_kernels::"))
            .findFirst().orElseThrow(() -> new AssertionError("no Rust kernel owner: " + memory.owners()));
        assertTrue(kernel.mallocd() > 0 && kernel.held() <= kernel.mallocd(), kernel.toString());
        assertTrue(c.before().get(0).nativeMemory().owners().stream().noneMatch(o -> o.name().startsWith("kernel oxidizer_kernels::")),
            "the pure-Java run has no Rust kernel allocations");
        // The collapsed stacks count mallocs beside the samples; the run's profile is the recording's CPU samples.
        org.oxidizer.core.profile.Profile cpu = new org.oxidizer.core.profile.JfrImporter().read(dir.resolve("after").resolve("profile.jfr"),
            org.oxidizer.core.profile.JfrImporter.Kind.CPU);
        assertTrue(cpu.totalSamples() > 0);
        assertEquals(cpu.totalSamples(), after.profile().totalSamples(), "the CPU profile holds CPU samples only");

        MigrationReport report = new MigrationReport(c, Environment.current(), Instant.now(), "test", null);
        StringWriter md = new StringWriter();
        new MarkdownReportWriter().write(report, md);
        assertTrue(md.toString().contains("\n## Native memory\n\nAfter-run: peak RSS "), md.toString());
        assertTrue(md.toString().contains("| kernel oxidizer\\_kernels::"), md.toString());
    }
}
