package org.oxidizer.samples.textagg;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The best Java for the chain over one file: what a team writes once the profile says that lines, Strings, per-text
 * maps and the regex are the cost. The file's bytes are checked as UTF-8 the way {@code readAllLines} checks them
 * (a malformed file throws the same exception), then scanned once with the pattern's own rules ({@code \w} is
 * {@code [a-zA-Z_0-9]}, {@code \s} is {@code [ \t\n\x0B\f\r]}, {@code \d} is {@code [0-9]}; every byte of a
 * non-ASCII character is in none of them, as the character is in none of them in UTF-16); a line ends at
 * {@code \n} or {@code \r}, as {@code readLine} ends it. Each word is looked up by its bytes in a table of its own, so
 * nothing is allocated per line or per match; a line's numbers are summed per word as an int that wraps, as
 * {@code Integer::sum} does, and then added into the file's long totals.
 */
final class FileScanner {

    private static final byte WORD = 1;
    private static final byte DIGIT = 2;
    private static final byte SPACE = 4;
    private static final byte LINE_END = 8;
    private static final byte[] CLASS = new byte[256];

    static {
        for (int c = 0; c < 128; c++) {
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
                CLASS[c] |= WORD;
            }
            if (c >= '0' && c <= '9') {
                CLASS[c] |= DIGIT;
            }
            if (c == ' ' || c == '\t' || c == 0x0B || c == '\f') {
                CLASS[c] |= SPACE;
            }
            if (c == '\n' || c == '\r') {
                CLASS[c] |= LINE_END;
            }
        }
    }

    // The words seen: open addressing over their bytes, ids in order of first sight.
    private int[] slots = new int[256];
    private byte[] arena = new byte[4096];
    private int[] starts = new int[64];
    private int[] lengths = new int[64];
    private long[] totals = new long[64];
    private int words;
    private int arenaUsed;

    // The current line: word ids and their int sums.
    private int[] lineIds = new int[16];
    private int[] lineSums = new int[16];
    private int lineWords;

    private FileScanner() {
    }

    static Map<String, Long> totalsOf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        checkUtf8(bytes);
        FileScanner scanner = new FileScanner();
        scanner.scan(bytes);
        Map<String, Long> result = new HashMap<>();
        for (int id = 0; id < scanner.words; id++) {
            result.put(new String(scanner.arena, scanner.starts[id], scanner.lengths[id], StandardCharsets.ISO_8859_1),
                scanner.totals[id]);
        }
        return result;
    }

    /** Throws what {@code readAllLines} throws for bytes that are not UTF-8, decoding into a small reused buffer. */
    private static void checkUtf8(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        for (CoderResult r = decoder.decode(in, out, true); ; r = decoder.decode(in, out, true)) {
            if (r.isError()) {
                r.throwException();
            }
            if (r.isUnderflow()) {
                break;
            }
            out.clear();
        }
        for (CoderResult r = decoder.flush(out); !r.isUnderflow(); r = decoder.flush(out)) {
            out.clear();
        }
    }

    private void scan(byte[] b) {
        int n = b.length;
        int p = 0;
        while (true) {
            while (p < n && (CLASS[b[p] & 0xFF] & WORD) == 0) {
                if ((CLASS[b[p] & 0xFF] & LINE_END) != 0) {
                    endLine();
                }
                p++;
            }
            if (p == n) {
                break;
            }
            int start = p;
            while (p < n && (CLASS[b[p] & 0xFF] & WORD) != 0) {
                p++;
            }
            int end = p;
            int q = end;
            while (q < n && (CLASS[b[q] & 0xFF] & SPACE) != 0) {
                q++;
            }
            if (q == end || q == n || (CLASS[b[q] & 0xFF] & DIGIT) == 0) {
                continue;           // no pair from any start in this run
            }
            long value = 0;
            boolean fits = true;
            while (q < n && (CLASS[b[q] & 0xFF] & DIGIT) != 0) {
                if (fits) {
                    value = value * 10 + (b[q] - '0');
                    fits = value <= Integer.MAX_VALUE;
                }
                q++;
            }
            addToLine(idOf(b, start, end), fits ? (int) value : 0);
            p = q;
        }
        endLine();
    }

    private void addToLine(int id, int value) {
        for (int i = 0; i < lineWords; i++) {
            if (lineIds[i] == id) {
                lineSums[i] += value;
                return;
            }
        }
        if (lineWords == lineIds.length) {
            lineIds = Arrays.copyOf(lineIds, lineWords * 2);
            lineSums = Arrays.copyOf(lineSums, lineWords * 2);
        }
        lineIds[lineWords] = id;
        lineSums[lineWords++] = value;
    }

    private void endLine() {
        for (int i = 0; i < lineWords; i++) {
            totals[lineIds[i]] += lineSums[i];
        }
        lineWords = 0;
    }

    private static int slotHash(byte[] b, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = hash * 31 + b[i];
        }
        return hash ^ hash >>> 16;
    }

    private int idOf(byte[] b, int start, int end) {
        int mask = slots.length - 1;
        for (int s = slotHash(b, start, end) & mask; ; s = (s + 1) & mask) {
            int id = slots[s] - 1;
            if (id < 0) {
                return add(b, start, end, s);
            }
            if (lengths[id] == end - start && Arrays.equals(arena, starts[id], starts[id] + lengths[id], b, start, end)) {
                return id;
            }
        }
    }

    private int add(byte[] b, int start, int end, int slot) {
        int length = end - start;
        if (arenaUsed + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaUsed + length));
        }
        System.arraycopy(b, start, arena, arenaUsed, length);
        if (words == starts.length) {
            starts = Arrays.copyOf(starts, words * 2);
            lengths = Arrays.copyOf(lengths, words * 2);
            totals = Arrays.copyOf(totals, words * 2);
        }
        int id = words++;
        starts[id] = arenaUsed;
        lengths[id] = length;
        arenaUsed += length;
        slots[slot] = id + 1;
        if (words * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int id = 0; id < words; id++) {
            int s = slotHash(arena, starts[id], starts[id] + lengths[id]) & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = id + 1;
        }
    }
}
