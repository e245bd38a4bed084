package org.oxidizer.kernels;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NativeErrorsTest {

    /** Every code of the Rust boundary's Error enum has its own sentence here (the test reads ffi.rs itself). */
    @Test
    void everyCodeOfTheNativeBoundaryHasASentence() throws Exception {
        String ffi = Files.readString(Path.of("native/src/ffi.rs"));
        Matcher code = Pattern.compile("^\\s+\\w+ = (-\\d+),$", Pattern.MULTILINE).matcher(ffi);
        int codes = 0;
        while (code.find()) {
            long value = Long.parseLong(code.group(1));
            String sentence = NativeErrors.sentence(value);
            assertFalse(sentence.startsWith("error code"), "no sentence for " + value);
            assertTrue(sentence.endsWith("(error " + value + ")"), sentence);
            codes++;
        }
        assertTrue(codes >= 8, "read the codes of ffi.rs: " + codes);
    }
}
