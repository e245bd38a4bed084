package org.oxidizer.kernels.text;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** jqwik texts built from the pieces where Java's UTF-16 regex and the kernel's UTF-8 matching could part ways. */
final class RichTexts {

    private static final String[] PIECES = {
        "a", "b", "k", "K", "ab", "x_9", "Z", "s", "é", "É", "\u212A", "\u017F", "用户", "数据库", "😀", "\uD840\uDC00",
        "🚀x", "\uD800", "\uDC00", "\uDBFF\uD800", "0", "7", "42", "007", "+5", "-3", "-", "+", "2147483647",
        "2147483648", "-2147483648", "-2147483649", "99999999999999999999", "１２", "٣", "\uD835\uDFD8", " ", "  ",
        "\t", "\r\n", "\n", "\r", "\u0085", "\u2028", "\u2029", "\u000B", "\f", "\u00A0", "\u3000", "=", ",", ":",
        "#", ";", "\u0000", "?", ".",
    };

    private RichTexts() {
    }

    /** Texts of up to {@code maxPieces} pieces (a piece is 1 to 20 chars). */
    static Arbitrary<String> texts(int maxPieces) {
        return Arbitraries.of(PIECES).list().ofMaxSize(maxPieces).map(parts -> String.join("", parts));
    }

    static Arbitrary<List<String>> batches(int maxPieces) {
        return texts(maxPieces).list().ofMaxSize(12);
    }
}
