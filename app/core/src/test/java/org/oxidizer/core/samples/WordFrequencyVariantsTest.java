package org.oxidizer.core.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.oxidizer.samples.wordfreq.WordFrequency;

/** The sample's hand-written Java gives the regex version's answers: it is a fair "best Java" to measure against. */
class WordFrequencyVariantsTest {

    @Test
    void theHandWrittenScanAnswersLikeTheRegexSplit() {
        String alphabet = "aZ09 ,.-_\t'é東\uD83D\uDE00\uD800Q";
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 200; round++) {
            List<String> lines = new ArrayList<>();
            for (int l = random.nextInt(20); l > 0; l--) {
                StringBuilder line = new StringBuilder();
                for (int c = random.nextInt(200); c > 0; c--) {
                    line.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                lines.add(line.toString());
            }
            lines.add("x".repeat(150) + " long WORDS Words");
            assertEquals(WordFrequency.wordFrequencies(lines), WordFrequency.wordFrequenciesScanned(lines), lines::toString);
        }
    }
}
