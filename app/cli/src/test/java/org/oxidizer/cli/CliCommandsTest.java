package org.oxidizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliCommandsTest {

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = OxidizerCli.commandLine().execute(args);
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void printsHotMethodsOfACollapsedFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("p.collapsed"),
            "main;org/acme/Texts.extract;java/util/regex/Matcher.find 70\nmain;org/acme/Json.write 30\n");
        Result r = run("hotspots", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("100 samples"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("70.0") && l.endsWith("org.acme.Texts.extract")),
            "the application method is charged with the regex time it called: " + r.out());
        assertTrue(r.out().lines().noneMatch(l -> l.endsWith("java.util.regex.Matcher.find")), r.out());

        Result raw = run("hotspots", "--raw-frames", file.toString());
        assertEquals(0, raw.exit(), raw.err());
        assertTrue(raw.out().lines().anyMatch(l -> l.contains("70.0") && l.endsWith("java.util.regex.Matcher.find")), raw.out());
    }

    @Test
    void printsAMethodsBackTracesAndMergedCallees(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("p.collapsed"), String.join("\n",
            "main;org/acme/Batch.run;org/acme/Texts.extract;java/util/regex/Matcher.find 60",
            "main;org/acme/Api.handle;org/acme/Texts.extract;java/util/HashMap.merge 20",
            "main;org/acme/Json.write 20", ""));
        Result callers = run("hotspots", "--callers", "Texts.extract", file.toString());
        assertEquals(0, callers.exit(), callers.err());
        assertTrue(callers.out().startsWith("back traces of org.acme.Texts.extract: on 80 of 100 samples (80.0%)"), callers.out());
        List<String> lines = callers.out().lines().toList();
        assertEquals("  60.0%    org.acme.Batch.run", lines.get(3), callers.out());
        assertEquals("  20.0%    org.acme.Api.handle", lines.get(5), callers.out());

        Result callees = run("hotspots", "--callees", "Texts.extract", file.toString());
        assertEquals(0, callees.exit(), callees.err());
        assertTrue(callees.out().lines().anyMatch(l -> l.equals("  60.0%   60.0%    java.util.regex.Matcher.find")), callees.out());

        Result ambiguous = run("hotspots", "--callers", "org.acme", file.toString());
        assertEquals(1, ambiguous.exit());
        assertTrue(ambiguous.err().startsWith("oxidizer: 4 frames contain 'org.acme'"), ambiguous.err());
    }

    @Test
    void malformedFileGivesOneSentenceAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.collapsed"), "a;b 1\nthis line has no count\n");
        Result r = run("hotspots", file.toString());
        assertEquals(2, r.exit());
        assertEquals("oxidizer: bad.collapsed line 2: expected 'frame;frame;... count', found 'this line has no count'",
            r.err().trim());
    }

    @Test
    void profileLaunchesAMainClassAndPrintsTheDiagnosis(@TempDir Path dir) {
        Path samples = Path.of(System.getProperty("oxidizer.samples.jar"));
        Result r = run("profile", "--main-class", "org.oxidizer.samples.textagg.TextAggregationPipeline",
            "--cp", samples.toString(), "--jvm-option", "-Xmx256m", "--interval", "1ms", "--out", dir.toString(),
            "--top", "40", "--", "--texts", "150000");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("exited with code 0"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("diagnosis: ") && l.contains("regex")), r.out());
        assertTrue(r.out().contains("org.oxidizer.samples.textagg.TextAggregation.extractAndAggregate")
            || r.out().contains("java.util.regex."), r.out());
        assertTrue(Files.isRegularFile(dir.resolve("profile.collapsed")) && Files.isRegularFile(dir.resolve("profile.jfr")));

        // Its recording in time: the time line, a range, two ranges compared; collapsed stacks say they have none.
        String jfr = dir.resolve("profile.jfr").toString();
        Result line = run("hotspots", jfr, "--timeline", "--top", "5");
        assertEquals(0, line.exit(), line.err());
        assertTrue(line.out().startsWith("time line: "), line.out());
        assertTrue(line.out().lines().anyMatch(l -> l.startsWith("all threads ") && l.contains("| peak ")), line.out());
        assertTrue(line.out().lines().anyMatch(l -> l.startsWith("[") && l.contains(" tid=")), line.out());
        Result range = run("hotspots", jfr, "--from", "0", "--to", "1000", "--top", "5");
        assertEquals(0, range.exit(), range.err());
        assertTrue(range.out().startsWith("profile.jfr [0.0-"), range.out());
        Result both = run("hotspots", jfr, "--to", "0.5", "--against", "0.5-1000");
        assertEquals(0, both.exit(), both.err());
        assertTrue(both.out().startsWith("A = profile.jfr [0.0-0.5 s]: "), both.out());
        Result wrong = run("hotspots", jfr, "--against", "9-3");
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().contains("--against takes FROM-TO in seconds"), wrong.err());
        Result none = run("hotspots", dir.resolve("profile.collapsed").toString(), "--timeline");
        assertEquals(0, none.exit(), none.err());
        assertTrue(none.out().startsWith("no time line: collapsed stacks carry no timestamps"), none.out());
    }

    @Test
    void latencyTimesEachCallOfAMethodInARunningJvmAndLeavesItAsItWas() throws Exception {
        Path samples = Path.of(System.getProperty("oxidizer.samples.jar"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
            "-cp", samples.toString(), "org.oxidizer.samples.textagg.TextAggregationPipeline", "--texts", "500000000")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Result r = run("latency", "--pid", String.valueOf(child.pid()), "--method",
                "org.oxidizer.samples.textagg.TextAggregation.extractAndAggregate", "--seconds", "3");
            assertEquals(0, r.exit(), r.err() + r.out());
            assertTrue(r.out().startsWith("List<Map<String, Integer>> extractAndAggregate(List<String>): "), r.out());
            assertTrue(r.out().lines().anyMatch(l -> l.matches("per call: p50 .+, p90 .+, p99 .+, \\d+ calls?.*")), r.out());
            assertTrue(r.out().lines().anyMatch(l -> l.matches(" +\\S+ \\S+ - \\S+ \\S+ +\\d+  #+")), "a histogram line: " + r.out());
            Result again = run("latency", "--pid", String.valueOf(child.pid()), "--method", "no.such.Type.method", "--seconds", "1");
            assertEquals(1, again.exit(), again.out());
            assertTrue(child.isAlive(), "the JVM keeps running");
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void anAttachedJvmThatDiesKeepsItsSamples(@TempDir Path dir) throws Exception {
        Path samples = Path.of(System.getProperty("oxidizer.samples.jar"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
            "-cp", samples.toString(), "org.oxidizer.samples.textagg.TextAggregationPipeline", "--texts", "500000000")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Thread.sleep(1500);
            new Thread(() -> {
                // Kill it once the agent wrote its first snapshot (attaching takes seconds on a loaded machine).
                try {
                    long deadline = System.nanoTime() + 60_000_000_000L;
                    while (!hasSnapshot(dir) && System.nanoTime() < deadline) {
                        Thread.sleep(100);
                    }
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
                child.destroyForcibly();
            }).start();
            Result r = run("profile", "--pid", Long.toString(child.pid()), "--duration", "60", "--out", dir.toString());
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("JVM " + child.pid() + " exited while being profiled; kept the samples"), r.out());
            // The snapshot kept on disk has the sample's frames; which of them make the printed top 20 of a
            // short profile is luck (JIT and GC frames lead the first seconds), so the file is what is checked.
            String kept = Files.readString(dir.resolve("profile.collapsed"));
            assertTrue(kept.contains("org/oxidizer/samples/textagg/") || kept.contains("org.oxidizer.samples.textagg."),
                "the snapshot has the sample's frames: " + r.out());
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void migrateFindsVerifiesAndSwapsTheHeadlineMethodLive(@TempDir Path dir) {
        Result r = run("migrate", "--sample", "text-aggregation", "--duration", "3", "--calls", "3", "--swap", "--record-swap",
            "--measure-seconds", "1", "--watch", "2", "--out", dir.toString());
        assertEquals(0, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("before and after the swap, one process (the recording's two ranges):\nA = profile.jfr [0.0-"),
            r.out());
        assertTrue(r.out().contains("  again: oxidizer hotspots " + dir.resolve("swap").resolve("profile.jfr") + " --timeline --to "),
            r.out());
        assertTrue(Files.isRegularFile(dir.resolve("swap").resolve("profile.jfr.marks")), "the swap's moment is kept");
        assertTrue(r.out().contains("TextAggregation.extractAndAggregate extract_and_aggregate {pattern=(\\w+)\\s+(\\d+)}"
            + " (hand-written scanner)"), "the candidate says which engine runs its pattern: " + r.out());
        assertTrue(r.out().matches("(?s).*verification: (\\d) of \\1 captured calls identical.*"), r.out());
        assertTrue(r.out().contains("A/B on the captured calls, "), r.out());
        assertTrue(r.out().contains("advisor: "), r.out());
        assertTrue(r.out().contains("swapped: TextAggregation.extractAndAggregate → extract_and_aggregate; its first call was"
            + " served"), r.out());
        assertTrue(r.out().contains("in place: Java "), "the swap's gain measured in place: " + r.out());
        assertTrue(r.out().contains("  whole run: predicted whole run "), r.out());
    }

    @Test
    void migrateJsonIsTheWholeResultOnStandardOutput(@TempDir Path dir) throws Exception {
        Result r = run("migrate", "--sample", "text-aggregation", "--duration", "3", "--calls", "3", "--swap",
            "--measure-seconds", "1", "--watch", "2", "--json", "--out", dir.toString());
        assertEquals(0, r.exit(), r.err() + r.out());
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertEquals("oxidizer.live-migration/1", json.get("schema").asText());
        assertTrue(json.get("candidates").size() >= 1, r.out());
        com.fasterxml.jackson.databind.JsonNode v = json.get("verification");
        assertTrue(v.get("passed").asBoolean(), r.out());
        assertEquals(v.get("callsCompared").asInt(), v.get("identical").asInt());
        assertTrue(v.get("ab").get("pairs").asInt() >= v.get("callsCompared").asInt(), "at least one measured pass: " + r.out());
        assertTrue(v.get("ab").get("ratio").get("estimate").asDouble() > 0, r.out());
        assertTrue(v.get("capture").get("costPercent").isNumber(), r.out());
        assertTrue(json.get("advice").get("verdict").isTextual(), r.out());
        assertEquals("extract_and_aggregate", json.get("swap").get("kernel").asText());
        com.fasterxml.jackson.databind.JsonNode inPlace = json.get("inPlace");
        assertTrue(inPlace.get("kernelCalls").asInt() >= 1, "the first served call was timed: " + r.out());
        assertTrue(inPlace.get("timeline").size() >= 1, r.out());
        assertTrue(r.err().contains("verification: "), "the text goes to standard error: " + r.err());
    }

    @Test
    void aTargetThatDiesDuringTheMeasurementKeepsWhatWasFound(@TempDir Path dir) throws Exception {
        Path samples = Path.of(System.getProperty("oxidizer.samples.jar"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
            "-cp", samples.toString(), "org.oxidizer.samples.textagg.TextAggregationPipeline", "--texts", "500000000")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // Killed a few seconds after the agent wove the method: during the capture or, mostly, during the minute
            // of A/B measurement. Which step it dies in does not matter to what is checked.
            Thread killer = new Thread(() -> {
                try (java.io.BufferedReader err = child.errorReader()) {
                    for (String line; (line = err.readLine()) != null; ) {
                        if (line.contains("[oxidizer-agent] woven ")) {
                            Thread.sleep(4000);
                            child.destroyForcibly();
                        }
                    }
                } catch (java.io.IOException | InterruptedException e) {
                    child.destroyForcibly();
                }
            });
            killer.setDaemon(true);
            killer.start();
            Result r = run("migrate", "--pid", Long.toString(child.pid()), "--duration", "3", "--calls", "3",
                "--measure-seconds", "60", "--json", "--out", dir.toString());
            assertEquals(1, r.exit(), r.err() + r.out());
            assertTrue(r.err().contains("oxidizer: JVM " + child.pid() + " "), r.err());
            assertTrue(r.err().lines().noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception")),
                "one sentence, no stack trace: " + r.err());
            com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
            assertTrue(json.get("ended").asText().startsWith("JVM " + child.pid() + " "), r.out());
            assertTrue(json.get("chosen").asText().contains("TextAggregation.extractAndAggregate"),
                "what was found before the target died is kept: " + r.out());
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void kernelsListsTheCatalog() {
        Result r = run("kernels", "-v");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("extract_and_aggregate"), r.out());
        assertTrue(r.out().contains("reference org.oxidizer.kernels.text.ExtractAndAggregateReference#extractAndAggregate"), r.out());
    }

    private static boolean hasSnapshot(Path dir) {
        try (var files = java.nio.file.Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".collapsed") && f.toFile().length() > 0);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void profileOfADeadPidIsOneSentence() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Result r = run("profile", "--pid", Long.toString(gone.pid()));
        assertEquals(1, r.exit());
        // Progress lines may come first in a log; the failure itself is one sentence and no stack trace.
        List<String> lines = r.err().trim().lines().toList();
        assertEquals("oxidizer: No process with pid " + gone.pid() + " is running.", lines.get(lines.size() - 1), r.err());
        assertTrue(lines.stream().noneMatch(l -> l.contains("Exception") || l.startsWith("\tat ")), r.err());
    }

    /** The command line alone (no workbench jars, as in this module's tests): one sentence, exit 2, nothing drawn. */
    @Test
    void benchFlameWithoutTheWorkbenchSaysWhatIsMissing() {
        Result r = run("bench", "flame", "--samples", "1000");
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().startsWith("oxidizer: the flame-graph benchmark draws with the workbench's classes"), r.err());
        assertEquals("", r.out());
    }

    /** The JMH suite is a CLI subcommand: a name that matches nothing is one sentence; one tiny benchmark runs in place. */
    @Test
    void benchKernelsRunsTheJmhSuiteFromTheCommandLine() {
        Result none = run("bench", "kernels", "NoSuchBenchmark");
        assertEquals(1, none.exit());
        assertTrue(none.err().trim().startsWith("oxidizer: no benchmark matches 'NoSuchBenchmark'"), none.err());
        Result one = run("bench", "kernels", "BoundaryBenchmark.a_javaLoop_1k", "--forks", "0", "--warmups", "0",
            "--iterations", "1", "--millis", "50");
        assertEquals(0, one.exit(), one.err());
    }

    @Test
    void missingFileIsSaidPlainly() {
        Result r = run("hotspots", "/no/such/profile.collapsed");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("oxidizer: no such file"), r.err());
    }
}
