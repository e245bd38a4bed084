package org.oxidizer.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidizer.core.profile.CollapsedStacksImporter;
import org.oxidizer.core.profile.Hotspot;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.kernels.catalog.KernelCatalog;
import org.oxidizer.kernels.text.ExtractAndAggregate;

/** Hot frames of the fixtures' real class files against a catalog of the headline kernel and test kernels. */
class CandidateFinderTest {

    private static final String FIX = "org/oxidizer/core/match/fixtures/";
    private static List<MigrationCandidate> candidates;
    private static CandidateFinder finder;

    @BeforeAll
    static void find(@TempDir Path dir) throws Exception {
        KernelCatalog catalog = TestKernels.catalog(dir, ExtractAndAggregate.class, TestKernels.SquareRootSum.class,
            TestKernels.Thresholded.class, TestKernels.Refusing.class, TestKernels.Broken.class);
        assertEquals(List.of(), catalog.problems());
        finder = new CandidateFinder(ClassFiles.of(CandidateFinderTest.class.getClassLoader()), catalog);
        Profile profile = new CollapsedStacksImporter().read("fixtures", new BufferedReader(new StringReader(String.join("\n",
            "[main tid=1];" + FIX + "StaticPatternIdiom.extractAndAggregate;java/util/regex/Matcher.find 40",
            "[main tid=1];" + FIX + "StaticPatternIdiom.extractAndAggregate 8",
            "[main tid=1];" + FIX + "RegexFixtures.inline_[j] 12",
            "[main tid=1];" + FIX + "RegexFixtures.inline_[i] 1",
            "[main tid=1];" + FIX + "BodyFixtures.pure 9",
            "[main tid=1];" + FIX + "BodyFixtures.countsCalls 7",
            "[main tid=1];" + FIX + "GenericShapes.sameErasureOtherTypes 6",
            "[main tid=1];com/acme/Missing.run 5",
            "[main tid=1];" + FIX + "BodyFixtures.prints;java/io/PrintStream.println 4",
            "[main tid=1];" + FIX + "RegexFixtures.flagged 2",
            "[main tid=1];" + FIX + "RegexFixtures.two 2",
            "[main tid=1];" + FIX + "BodyFixtures.recursive 2",
            "[main tid=1];" + FIX + "RegexFixtures.noRegex 2",
            "[worker tid=2];java/util/HashMap.merge 3",
            "[worker tid=2];__memmove_avx_unaligned_erms 3",
            "[worker tid=2];oxidizer_kernels::scan 2",
            "[main tid=1];" + FIX + "BodyFixtures.pure;" + FIX + "GenericShapes.raw 1",
            "[main tid=1];" + FIX + "GenericShapes.max 1") + "\n")));
        assertEquals(110, profile.totalSamples());
        candidates = finder.find(profile);
    }

    @Test
    void theStaticPatternIdiomBindsTheHeadlineKernel() {
        MigrationCandidate top = candidates.get(0);
        assertEquals("org.oxidizer.core.match.fixtures.StaticPatternIdiom.extractAndAggregate", top.frame());
        assertEquals(48 / 1.1, top.totalPercent(), 1e-9);
        assertEquals(8 / 1.1, top.selfPercent(), 1e-9);
        assertTrue(top.replaceable());
        KernelMatch match = top.kernel().orElseThrow();
        assertEquals("extract_and_aggregate", match.kernel());
        assertEquals(Map.of("pattern", "(\\w+)\\s+(\\d+)"), match.parameters());
        assertTrue(match.bindable());
        assertEquals("", match.reason());
        assertEquals(List.of(), top.reasons());
    }

    @Test
    void sortedByTotalShareWithoutJdkNativeOrKernelFramesOrSmallOnes() throws Exception {
        List<String> frames = candidates.stream().map(MigrationCandidate::frame).toList();
        for (int i = 1; i < candidates.size(); i++) {
            assertTrue(candidates.get(i - 1).totalPercent() >= candidates.get(i).totalPercent(), frames.toString());
        }
        assertTrue(frames.stream().allMatch(f -> f.startsWith("org.oxidizer.core.match.fixtures.") || f.equals("com.acme.Missing.run")),
            "no JDK, native, kernel or thread frames: " + frames);
        assertFalse(frames.contains(FIX.replace('/', '.') + "GenericShapes.max"), "below 1% of samples");
        Profile tiny = new CollapsedStacksImporter().read("tiny", new BufferedReader(new StringReader(
            "[main tid=1];" + FIX + "BodyFixtures.pure 1\n[main tid=1];java/lang/Thread.run 199\n")));
        assertEquals(List.of(), finder.find(tiny), "0.5% is below the default 1%");
        assertEquals(1, finder.find(tiny, 0).size());
        assertEquals(List.of(), finder.candidates(new Hotspot("__memmove_avx_unaligned_erms", 1, 1, 1, 1)));
    }

    @Test
    void overloadsAreAllCandidatesAndAnnotatedFramesCountOnce() {
        List<MigrationCandidate> inline = candidates.stream().filter(c -> c.frame().contains("RegexFixtures.inline")).toList();
        assertEquals(2, inline.size(), "one per overload, from the hottest of the _[j]/_[i] frames");
        MigrationCandidate lists = inline.stream().filter(c -> c.method().descriptor().startsWith("(Ljava/util/List;)")).findFirst().orElseThrow();
        assertTrue(lists.replaceable(), "the regex kernel binds the method's own pattern: " + lists.reasons());
        assertEquals(Map.of("pattern", "(\\w+)=(\\d+)"), lists.kernels().get(0).parameters());
        MigrationCandidate text = inline.stream().filter(c -> c.method().descriptor().equals("(Ljava/lang/String;)I")).findFirst().orElseThrow();
        assertEquals(List.of("no kernel for the shape int (String) (Ljava/lang/String;)I"), text.reasons());
    }

    @Test
    void everyMatchingKernelIsListedAndBlockersStillBlock() {
        MigrationCandidate pure = candidate("BodyFixtures.pure");
        assertEquals(List.of("test_sqrt_sum", "test_threshold"), pure.kernels().stream().map(KernelMatch::kernel).toList());
        assertEquals("test_sqrt_sum", pure.kernel().orElseThrow().kernel());
        assertEquals("kernel test_threshold cannot be bound: Oxidizer does not know how to read the parameter 'threshold'"
            + " from a method", pure.kernels().get(1).reason());
        assertEquals(List.of(), pure.reasons(), "one kernel that fits is enough");

        MigrationCandidate counts = candidate("BodyFixtures.countsCalls");
        assertTrue(counts.kernels().get(0).bindable(), "the shape fits and the kernel accepts it ...");
        assertFalse(counts.replaceable(), "... but the body writes a static field");
        assertTrue(counts.reasons().contains("mutates shared state: writes static field "
            + FIX.replace('/', '.') + "BodyFixtures.calls"), counts.reasons().toString());
    }

    @Test
    void reasonsInSentences() {
        assertEquals(List.of("kernel extract_and_aggregate takes List<Map<String, Integer>> (List<String>), not List<String> (List<Integer>)"),
            candidate("GenericShapes.sameErasureOtherTypes").reasons());
        MigrationCandidate missing = candidate("com.acme.Missing.run");
        assertNull(missing.method());
        assertTrue(missing.reasons().get(0).startsWith("the class file of com.acme.Missing could not be read from class loader"),
            missing.reasons().toString());
        assertEquals(List.of("no kernel for the shape void (int) (I)V", "does I/O: java.io.PrintStream.println"),
            candidate("BodyFixtures.prints").reasons());
        assertEquals(List.of("kernel extract_and_aggregate cannot be bound: the method compiles its regex with flags"
            + " CASE_INSENSITIVE | MULTILINE, the kernel's pattern has none"), candidate("RegexFixtures.flagged").reasons());
        assertEquals(List.of("kernel test_broken failed to bind: java.lang.IllegalStateException: library missing",
            "Kernel test_refusing never binds"),
            candidate("BodyFixtures.recursive").reasons());
        assertEquals(List.of("no kernel for the shape int (String) (Ljava/lang/String;)I"), candidate("RegexFixtures.two").reasons());
        assertEquals(List.of("no kernel for the shape boolean (String) (Ljava/lang/String;)Z"), candidate("RegexFixtures.noRegex").reasons());
    }

    @Test
    void patternParameterReasons() {
        MethodAnalysis two = MethodAnalysisTest.only(org.oxidizer.core.match.fixtures.RegexFixtures.class, "two");
        assertEquals("the method uses 2 regexes (\"[a-z]+\" from static field WORD; \"\\d+\" from static field NUMBER),"
            + " the kernel takes one pattern", BindingParameter.read("pattern", two).reason());
        MethodAnalysis none = MethodAnalysisTest.only(org.oxidizer.core.match.fixtures.RegexFixtures.class, "noRegex");
        assertEquals("the method compiles no regex to give the kernel its pattern", BindingParameter.read("pattern", none).reason());
        MethodAnalysis unknown = MethodAnalysisTest.only(org.oxidizer.core.match.fixtures.RegexFixtures.class, "notFinal");
        assertEquals("the method's regex is not a constant: unknown regex with unknown flags from static field mutable, which is not final",
            BindingParameter.read("pattern", unknown).reason());
    }

    private static MigrationCandidate candidate(String frameSuffix) {
        return candidates.stream().filter(c -> c.frame().endsWith(frameSuffix)).findFirst()
            .orElseThrow(() -> new AssertionError(frameSuffix + " among " + candidates.stream().map(MigrationCandidate::frame).toList()));
    }
}
