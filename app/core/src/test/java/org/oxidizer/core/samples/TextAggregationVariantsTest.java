package org.oxidizer.core.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.oxidizer.samples.textagg.CorpusGenerator;
import org.oxidizer.samples.textagg.TextAggregation;

/** The hand-written scanner (the best Java, the demo's third column) gives the regex version's answers exactly. */
class TextAggregationVariantsTest {

    @Test
    void theScannerAgreesWithTheRegexOnTheCorpus() {
        List<String> texts = new CorpusGenerator(42).next(50_000);
        assertEquals(TextAggregation.extractAndAggregate(texts), TextAggregation.extractAndAggregateScanned(texts));
    }

    @Test
    void theScannerAgreesWithTheRegexOnTextsMadeToBreakIt() {
        String[] pieces = {"a", "Z", "_", "7", "0", "12", "99999999999", "2147483647", "2147483648", "007", " ", "  ", "\t",
            "\n", "\u000B", "\f", "\r", "\u00A0", "\u3000", "，", "用户", "é", "\uD83D\uDE80", "\uD800", "\uDC00", "x1", "-", ";",
            "١٢", "１２"};
        SplittableRandom r = new SplittableRandom(17);
        List<String> texts = new ArrayList<>();
        texts.add("");
        texts.add("abc 12x 5");
        texts.add("a 12 34 b\t\t7");
        for (int i = 0; i < 20_000; i++) {
            StringBuilder t = new StringBuilder();
            int n = r.nextInt(12);
            for (int k = 0; k < n; k++) {
                t.append(pieces[r.nextInt(pieces.length)]);
            }
            texts.add(t.toString());
        }
        assertEquals(TextAggregation.extractAndAggregate(texts), TextAggregation.extractAndAggregateScanned(texts));
    }
}
