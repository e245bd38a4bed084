package org.oxidizer.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidizer.core.target.BundledJars;

/** Reads a recording the JDK made of the headline sample during this test. */
class JfrImporterTest {

    private static Path recording;

    @BeforeAll
    static void recordWithTheJdk(@TempDir Path dir) throws Exception {
        recording = dir.resolve("jdk.jfr");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:StartFlightRecording=filename=" + recording + ",settings=profile", "-Xmx256m",
            "-cp", BundledJars.samplesJar().toString(), "org.oxidizer.samples.textagg.TextAggregationPipeline",
            "--texts", "400000").redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertEquals(0, p.waitFor(), Files.readString(dir.resolve("out.txt")));
    }

    @Test
    void readsJdkExecutionSamplesWithThreadsAtTheRoot() throws Exception {
        assertTrue(JfrImporter.looksLikeJfr(recording));
        Profile cpu = new JfrImporter().read(recording, JfrImporter.Kind.CPU);
        assertTrue(cpu.totalSamples() > 20, "samples: " + cpu.totalSamples());
        List<String> hot = HotMethods.byTotal(cpu).stream().map(Hotspot::frame).toList();
        assertTrue(hot.contains("org.oxidizer.samples.textagg.TextAggregation.extractAndAggregate"), hot.toString());
        assertTrue(hot.stream().noneMatch(Profile::isThreadFrame), "thread roots are not methods");
        assertTrue(cpu.stacks().stream().allMatch(s -> Profile.isThreadFrame(cpu.frame(s[0]))), "every stack starts at its thread");
        assertTrue(cpu.frames().stream().anyMatch(f -> f.startsWith("[main tid=")), cpu.frames().subList(0, 5).toString());
    }

    @Test
    void readsAllocationSamples() throws Exception {
        Profile alloc = new JfrImporter().read(recording, JfrImporter.Kind.ALLOC);
        assertTrue(alloc.totalSamples() > 0, "the profile settings sample allocations");
    }

    @Test
    void aTruncatedRecordingIsNamedNotThrown(@TempDir Path dir) throws Exception {
        byte[] bytes = Files.readAllBytes(recording);
        Path cut = Files.write(dir.resolve("cut.jfr"), Arrays.copyOf(bytes, bytes.length / 3));
        ProfileFormatException e = assertThrows(ProfileFormatException.class,
            () -> new JfrImporter().read(cut, JfrImporter.Kind.CPU));
        assertTrue(e.getMessage().startsWith("cut.jfr: not a readable JFR recording"), e.getMessage());
        Path text = Files.writeString(dir.resolve("notes.jfr"), "not a recording");
        assertFalse(JfrImporter.looksLikeJfr(text));
        assertThrows(ProfileFormatException.class, () -> new JfrImporter().read(text, JfrImporter.Kind.CPU));
    }
}
