package org.oxidizer.kernels.json;

import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The kernel's output buffers for consecutive batches, still in native memory, so the whole text is copied
 * into one Java array once, whatever the number of batches or slices.
 */
final class JsonPieces {

    private final List<Pointer> buffers = new ArrayList<>();
    private final List<long[]> sizes = new ArrayList<>();

    /** Takes ownership of a kernel buffer: {@code out[0]} bytes, {@code out[1]} bytes per char. */
    void add(Pointer buffer, long[] out) {
        buffers.add(buffer);
        sizes.add(out);
    }

    /** The text of all pieces of all {@code parts}, in order. */
    static String assemble(List<JsonPieces> parts) {
        long chars = 0;
        boolean latin1 = true;
        for (JsonPieces part : parts) {
            for (long[] size : part.sizes) {
                chars += size[0] / size[1];
                latin1 &= size[1] == 1;
            }
        }
        if (chars > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError("JSON text of " + chars + " chars exceeds the largest Java String");
        }
        return latin1 ? latin1Text((int) chars, parts) : utf16Text((int) chars, parts);
    }

    private static String latin1Text(int chars, List<JsonPieces> parts) {
        byte[] text = new byte[chars];
        int at = 0;
        for (JsonPieces part : parts) {
            for (int i = 0; i < part.buffers.size(); i++) {
                int n = (int) part.sizes.get(i)[0];
                part.buffers.get(i).getByteBuffer(0, n).get(text, at, n);
                at += n;
            }
        }
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    private static String utf16Text(int chars, List<JsonPieces> parts) {
        char[] text = new char[chars];
        int at = 0;
        for (JsonPieces part : parts) {
            for (int i = 0; i < part.buffers.size(); i++) {
                long[] size = part.sizes.get(i);
                ByteBuffer bytes = part.buffers.get(i).getByteBuffer(0, size[0]);
                int n = (int) (size[0] / size[1]);
                if (size[1] == 2) {
                    bytes.order(ByteOrder.nativeOrder()).asCharBuffer().get(text, at, n);
                } else {
                    for (int k = 0; k < n; k++) {
                        text[at + k] = (char) (bytes.get(k) & 0xFF);
                    }
                }
                at += n;
            }
        }
        return new String(text);
    }

    /** Releases every buffer; safe to call once, after {@link #assemble} or instead of it. */
    void free() {
        for (int i = 0; i < buffers.size(); i++) {
            JsonSerializeKernel.free(buffers.get(i), sizes.get(i)[0]);
        }
        buffers.clear();
        sizes.clear();
    }
}
