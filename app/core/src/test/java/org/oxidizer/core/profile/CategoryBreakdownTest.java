package org.oxidizer.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategoryBreakdownTest {

    private static Profile profile(String text) throws Exception {
        return new CollapsedStacksImporter().read("t", new BufferedReader(new StringReader(text)));
    }

    @Test
    void classifiesByTheFrameNearestTheLeafThatARuleKnows() throws Exception {
        Profile p = profile("""
            main;org/acme/Texts.extract;java/util/regex/Matcher.find;itable stub 50
            main;org/acme/Texts.extract;java/lang/String.getBytes;__memcpy_avx_unaligned 20
            main;org/acme/Report.toJson 10
            start_thread;GangWorker::loop;G1ParScanThreadState::trim_queue 10
            main;org/acme/Texts.extract;clear_page_erms_[k] 5
            main;org/acme/Other.work 5
            """);
        CategoryBreakdown b = CategoryBreakdown.of(p, CategoryRules.defaults());
        assertEquals("regex", b.shares().get(0).category());
        assertEquals(50.0, b.shares().get(0).percent(), 1e-9);
        assertEquals("50% regex, 20% string copy/encoding, 10% JSON, 10% GC, 5% kernel (OS), 5% other", b.diagnosis());
    }

    @Test
    void userRulesComeFirst(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("rules.txt"), "# ours\nbilling: org.acme.*\n\n");
        CategoryRules rules = CategoryRules.withUserRules(CategoryRules.readUserRules(file));
        assertEquals("billing", rules.categoryOf("org.acme.Texts.extract"));
        assertEquals("regex", rules.categoryOf("java.util.regex.Matcher.find"));
        CategoryBreakdown b = CategoryBreakdown.of(profile("main;org/acme/Texts.extract 3\n"), rules);
        assertEquals(List.of(new CategoryBreakdown.Share("billing", 3, 100.0)), b.shares());
    }

    @Test
    void aBadRuleLineIsNamed(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("rules.txt"), "billing: org.acme.*\nno colon here\n");
        ProfileFormatException e = assertThrows(ProfileFormatException.class, () -> CategoryRules.readUserRules(file));
        assertEquals("rules.txt line 2: expected 'category: frame-pattern', found 'no colon here'", e.getMessage());
    }

    @Test
    void emptyProfileHasNoDiagnosis() {
        assertEquals("no samples", CategoryBreakdown.of(Profile.empty("e"), CategoryRules.defaults()).diagnosis());
    }
}
