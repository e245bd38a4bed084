package org.oxidizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class HotspotsCommandTest {

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
            int exit = new CommandLine(new OxidizerCli()).execute(args);
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
        assertTrue(r.out().lines().anyMatch(l -> l.contains("70.0") && l.endsWith("java.util.regex.Matcher.find")), r.out());
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
    void missingFileIsSaidPlainly() {
        Result r = run("hotspots", "/no/such/profile.collapsed");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("oxidizer: no such file"), r.err());
    }
}
