package org.oxidizer.kernels.calls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidizer.kernels.catalog.ResultDifference;
import org.oxidizer.kernels.catalog.Tolerance;

class CallFileTest {

    static CallFile sample() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("b", 2);
        counts.put("a\uD800", -1);
        ByteBuffer bytes = ByteBuffer.allocateDirect(8).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put(0, (byte) 7).position(2).limit(6);
        DoubleBuffer doubles = DoubleBuffer.allocate(4);
        doubles.put(0, Double.NaN).put(1, -0.0).position(1).limit(3);
        Object[] args = {true, (byte) -3, 'x', (short) 9, 42, Long.MIN_VALUE, 1.5f, -0.0, "東京 \uD83D\uDE00 \uDC00",
            new boolean[] {true, false}, new byte[] {1, 2}, new char[] {'a', '\uD800'}, new short[] {-1}, new int[] {1, 2, 3},
            new long[] {4}, new float[] {Float.NaN}, new double[] {1e300}, List.of("x", ""), counts, Set.of("s"), bytes, doubles,
            null, new Object[] {"nested", 1}};
        return new CallFile("com.acme.T.m(I)I", "int m(int x)", List.of(new CallFile.Call(args, List.of(counts), 1234),
            new CallFile.Call(new Object[0], null, 0)));
    }

    @Test
    void everyValueComesBackAsItWasWritten(@TempDir Path tmp) throws IOException {
        CallFile written = sample();
        Path file = tmp.resolve("calls.oxc");
        written.write(file);
        CallFile read = CallFile.read(file);
        assertEquals(written.methodKey(), read.methodKey());
        assertEquals(written.signature(), read.signature());
        assertEquals(2, read.calls().size());
        assertEquals(1234, read.calls().get(0).javaNanos());
        Object[] a = written.calls().get(0).args();
        Object[] b = read.calls().get(0).args();
        assertEquals(a.length, b.length);
        for (int i = 0; i < a.length; i++) {
            assertEquals(java.util.Optional.empty(), ResultDifference.first(a[i], b[i], Tolerance.exact()), "argument " + i);
        }
        ByteBuffer bytes = (ByteBuffer) b[20];
        assertTrue(bytes.isDirect());
        assertEquals(2, bytes.position());
        assertEquals(6, bytes.limit());
        assertEquals(7, bytes.get(0));
        DoubleBuffer doubles = (DoubleBuffer) b[21];
        assertEquals(1, doubles.position());
        assertTrue(Double.isNaN(doubles.get(0)));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(doubles.get(1)));
        assertEquals("東京 \uD83D\uDE00 \uDC00", b[8]);
        assertArrayEquals(new char[] {'a', '\uD800'}, (char[]) b[11]);
        assertEquals(List.of(written.calls().get(0).outcome()), List.of(read.calls().get(0).outcome()));
        assertEquals(List.of("b", "a\uD800"), List.copyOf(((Map<?, ?>) b[18]).keySet()), "a map keeps its order");
    }

    @Test
    void aTruncatedFileIsRefusedInOneSentenceAtEveryLength(@TempDir Path tmp) throws IOException {
        Path good = tmp.resolve("calls.oxc");
        sample().write(good);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = tmp.resolve("cut.oxc");
        for (int length = 0; length < bytes.length; length += Math.max(1, length / 8)) {
            Files.write(cut, Arrays.copyOf(bytes, length));
            IOException e = assertThrows(IOException.class, () -> CallFile.read(cut), "length " + length);
            assertTrue(e.getMessage().startsWith(cut.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("not a file of saved calls")
                || e.getMessage().contains("corrupt"), e.getMessage());
        }
    }

    @Test
    void aChangedByteIsCaughtByTheChecksum(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("calls.oxc");
        sample().write(file);
        byte[] bytes = Files.readAllBytes(file);
        for (int at : new int[] {40, bytes.length / 2, bytes.length - 9}) {
            byte[] changed = bytes.clone();
            changed[at] ^= 0x01;
            Files.write(file, changed);
            IOException e = assertThrows(IOException.class, () -> CallFile.read(file), "byte " + at);
            assertTrue(e.getMessage().contains("corrupt") || e.getMessage().contains("truncated"), e.getMessage());
        }
    }

    @Test
    void somethingElseIsNotTakenForCalls(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("notes.txt");
        Files.writeString(file, "hello, these are not calls");
        IOException e = assertThrows(IOException.class, () -> CallFile.read(file));
        assertEquals(file + " is not a file of saved calls (it does not start as `oxidizer capture` writes them)", e.getMessage());
        IOException missing = assertThrows(IOException.class, () -> CallFile.read(tmp.resolve("nope.oxc")));
        assertEquals("There is no file " + tmp.resolve("nope.oxc"), missing.getMessage());
    }

    @Test
    void aValueItCannotHoldIsNamedAndNoFileIsLeft(@TempDir Path tmp) {
        Path file = tmp.resolve("calls.oxc");
        CallFile calls = new CallFile("k", "s", List.of(new CallFile.Call(new Object[] {new StringBuilder("x")}, null, 0)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> calls.write(file));
        assertEquals("a java.lang.StringBuilder cannot be saved in a call file", e.getMessage());
        assertTrue(Files.notExists(file));
        assertEquals(0, tmp.toFile().list().length, "no temporary file is left");
    }
}
