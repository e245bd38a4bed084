package org.oxidizer.kernels.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oxidizer.kernels.catalog.UnsupportedBindingException;

/** Hand-picked lines where Java's string and regex semantics differ from the obvious native choice. */
class CleanLogLinesEdgeCasesTest {

    private static final String TS = "2026-11-14T08:15:30Z ";

    /** Asserts the row of one line (null: dropped), and that the reference agrees, so a wrong fixture fails too. */
    private static void assertRow(String line, String expected) {
        List<String> rows = expected == null ? List.of() : List.of(expected);
        assertEquals(rows, CleanLogLinesReference.cleanLogLines(List.of(line)), "reference");
        assertEquals(rows, CleanLogLinesKernel.cleanLogLines(List.of(line)), "kernel");
    }

    private static String row(String fields, String message) {
        return "2026-11-14T08:15:30\t" + fields + "\t" + message;
    }

    @Test
    void aRecordBecomesOneRow() {
        assertRow(" 2026-11-14T08:15:30.123Z  INFO\t[api-7] user=Bob.9 GET /V1?x=1 latency= 0042 ms Mail A@B.io"
                + " see HTTPS://Ex.com/a\"b  done\u001F",
            "2026-11-14T08:15:30.123\tinfo\tapi-7\tBob.9\t42\t11\t7\t1\t1\tuser=bob.9 get /v1?x=1 latency= 0042 ms"
                + " mail a@b.io see https://ex.com/a\"b done");
        assertRow("2026-01-02 03:04:05 WARN x", "2026-01-02T03:04:05\twarn\t-\t-\t-\t1\t0\t0\t0\tx");
    }

    @Test
    void trimStripsEveryCharUpToSpaceAndNothingElse() {
        assertRow("\u0000\u001F\t " + TS + "INFO a\u0001b\u0001\r\n\u001F", row("info\t-\t-\t-\t1\t0\t0\t0", "a\u0001b"));
        assertRow("\u00A0" + TS + "INFO a", null);
        assertRow(TS + "INFO a\u00A0", row("info\t-\t-\t-\t1\t0\t0\t0", "a\u00A0"));
        assertRow(TS + "INFO a\u3000", row("info\t-\t-\t-\t1\t0\t0\t0", "a\u3000"));
    }

    @Test
    void dotExcludesJavasFiveLineTerminators() {
        for (String terminator : new String[] {"\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029"}) {
            assertRow(TS + "INFO a" + terminator + "b", null);
        }
        assertRow(TS + "INFO a\u000Bb\fc", row("info\t-\t-\t-\t3\t0\t0\t0", "a b c"));
    }

    @Test
    void whitespaceBetweenFieldsIsJavasAsciiSet() {
        assertRow("2026-11-14T08:15:30Z\nERROR\n[sv] x", "2026-11-14T08:15:30\terror\tsv\t-\t-\t1\t0\t0\t0\tx");
        assertRow(TS + "INFO\u00A0x", null);
        assertRow(TS + "INFO\u2003x", null);
        assertRow(TS + "INFO [sv]\u00A0x", row("info\t-\t-\t-\t1\t0\t0\t0", "[sv]\u00A0x"));
    }

    @Test
    void almostTimestampsAndLevelsAreDropped() {
        for (String line : new String[] {"", "   ", "2026-11-14T08:15:30.Z INFO x", "2026-11-14T08:15:30.1234567890 INFO x",
            "2026-11-14T08:15 INFO x", "٢٠٢٦-11-14T08:15:30Z INFO x", TS + "info x", TS + "NOTICE x", TS + "INFO",
            TS + "INFOX y", "\tat com.example.A(A.java:1)"}) {
            assertRow(line, null);
        }
        assertRow("2026-11-14T08:15:30.123456789 INFO x", "2026-11-14T08:15:30.123456789\tinfo\t-\t-\t-\t1\t0\t0\t0\tx");
    }

    @Test
    void serviceIsOptionalAndAsciiWordLike() {
        assertRow(TS + "INFO [a.b-c_d] x", row("info\ta.b-c_d\t-\t-\t1\t0\t0\t0", "x"));
        assertRow(TS + "INFO [bad svc] x", row("info\t-\t-\t-\t3\t0\t0\t0", "[bad svc] x"));
        assertRow(TS + "INFO [své] x", row("info\t-\t-\t-\t2\t0\t0\t0", "[své] x"));
        assertRow(TS + "INFO [" + "s".repeat(41) + "] x", row("info\t-\t-\t-\t2\t0\t0\t0", "[" + "s".repeat(41) + "] x"));
        assertRow(TS + "INFO [sv]", row("info\t-\t-\t-\t1\t0\t0\t0", "[sv]"));
    }

    @Test
    void userIsTheFirstAsciiWordRunAfterUserEqualsOrColon() {
        assertRow(TS + "INFO user=josé user=bob", row("info\t-\tjos\t-\t2\t0\t0\t0", "user=josé user=bob"));
        assertRow(TS + "INFO User=x user:y.z-1_", row("info\t-\ty.z-1_\t-\t2\t1\t0\t0", "user=x user:y.z-1_"));
        assertRow(TS + "INFO user= user=用户", row("info\t-\t-\t-\t2\t0\t0\t0", "user= user=用户"));
    }

    @Test
    void latencyIsReadLikeIntegerParseInt() {
        assertRow(TS + "INFO latency=2147483647ms", row("info\t-\t-\t2147483647\t1\t10\t0\t0", "latency=2147483647ms"));
        assertRow(TS + "INFO latency=2147483648ms", row("info\t-\t-\t-\t1\t10\t0\t0", "latency=2147483648ms"));
        assertRow(TS + "INFO latency=0000000000000000042ms", row("info\t-\t-\t42\t1\t19\t0\t0", "latency=0000000000000000042ms"));
        assertRow(TS + "INFO latency=12 3ms latency:\t4\tms", row("info\t-\t-\t4\t5\t4\t0\t0", "latency=12 3ms latency: 4 ms"));
        assertRow(TS + "INFO latency=١ms", row("info\t-\t-\t-\t1\t0\t0\t0", "latency=١ms"));
    }

    @Test
    void lowercasingAndDigitsAreAsciiOnly() {
        assertRow(TS + "INFO ÀÉ İ Σ ß ١٢ １２ 12 ABC", row("info\t-\t-\t-\t8\t2\t0\t0", "ÀÉ İ Σ ß ١٢ １２ 12 abc"));
    }

    @Test
    void urlsAndEmailsCountedLikeFindLoops() {
        assertRow(TS + "INFO http://a HTTPS://b\"c http:// httpx://e", row("info\t-\t-\t-\t4\t0\t2\t0",
            "http://a https://b\"c http:// httpx://e"));
        assertRow(TS + "INFO a@b.co X.Y+Z@Q-R.EXAMPLE.ORG @c.de e@f.g u@x.com,v@y.com",
            row("info\t-\t-\t-\t5\t0\t0\t4", "a@b.co x.y+z@q-r.example.org @c.de e@f.g u@x.com,v@y.com"));
        assertRow(TS + "INFO http://用户\u00A0x", row("info\t-\t-\t-\t1\t0\t1\t0", "http://用户\u00A0x"));
    }

    @Test
    void surrogatePairsPassAndLoneSurrogatesFallBackToJavaInPlace() {
        List<String> lines = Arrays.asList(TS + "INFO a\uD800", "junk \uDC00", TS + "INFO 😀\uDBFF\uDFFF", TS + "INFO \uDC00\uD800 x",
            TS + "INFO b");
        List<String> expected = List.of(row("info\t-\t-\t-\t1\t0\t0\t0", "a\uD800"), row("info\t-\t-\t-\t1\t0\t0\t0", "😀\uDBFF\uDFFF"),
            row("info\t-\t-\t-\t2\t0\t0\t0", "\uDC00\uD800 x"), row("info\t-\t-\t-\t1\t0\t0\t0", "b"));
        assertEquals(expected, CleanLogLinesReference.cleanLogLines(lines));
        assertEquals(expected, CleanLogLinesKernel.cleanLogLines(lines));
    }

    @Test
    void emptyInputGivesAMutableEmptyList() {
        List<String> rows = CleanLogLinesKernel.cleanLogLines(List.of());
        assertEquals(List.of(), rows);
        rows.add("x");
        List<String> cleaned = CleanLogLinesKernel.cleanLogLines(new LinkedList<>(List.of(TS + "INFO a", "junk")));
        assertEquals("java.util.ArrayList", cleaned.getClass().getName());
        cleaned.add("more");
    }

    @Test
    void nullListOrLineThrowsLikeJava() {
        List<String> withNull = Arrays.asList(TS + "INFO a", null);
        assertThrows(NullPointerException.class, () -> CleanLogLinesReference.cleanLogLines(withNull));
        assertThrows(NullPointerException.class, () -> CleanLogLinesKernel.cleanLogLines(withNull));
        assertThrows(NullPointerException.class, () -> CleanLogLinesKernel.cleanLogLines(null));
    }

    @Test
    void bindingRefusesAnotherLinePattern() {
        CleanLogLines kernel = new CleanLogLines();
        UnsupportedBindingException e = assertThrows(UnsupportedBindingException.class,
            () -> kernel.bind(CleanLogLines.DESCRIPTOR, Map.of("pattern", "(.*)")));
        assertTrue(e.getMessage().contains("clean_log_lines"), e.getMessage());
        Object[] args = {List.of(TS + "INFO a")};
        assertEquals(List.of(row("info\t-\t-\t-\t1\t0\t0\t0", "a")),
            kernel.bind(CleanLogLines.DESCRIPTOR, Map.of("pattern", CleanLogLinesReference.LINE_PATTERN)).invoke(args));
    }
}
