package org.oxidizer.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oxidizer.core.profile.CollapsedStacksImporter;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.target.BundledJars;
import org.oxidizer.kernels.catalog.KernelCatalog;

/** The headline sample's real class files from the bundled samples jar, with the bundled kernel catalog. */
class TextAggregationCandidatesTest {

    private static final String SAMPLE = "org.oxidizer.samples.textagg.";
    private static ClassFiles samples;
    private static List<MigrationCandidate> candidates;

    @BeforeAll
    static void findCandidates() throws Exception {
        samples = ClassFiles.classPath(List.of(BundledJars.samplesJar()));
        Profile profile;
        try (InputStream in = TextAggregationCandidatesTest.class.getResourceAsStream("text-aggregation.collapsed")) {
            profile = new CollapsedStacksImporter().read("text-aggregation.collapsed", in);
        }
        candidates = new CandidateFinder(samples, KernelCatalog.bundled()).find(profile);
    }

    @Test
    void extractAndAggregateIsReadFromTheSamplesJar() {
        List<MethodAnalysis> found = MethodAnalysis.of(samples.read(SAMPLE + "TextAggregation").orElseThrow(), "extractAndAggregate");
        assertEquals(1, found.size());
        MethodAnalysis m = found.get(0);
        assertEquals("(Ljava/util/List;)Ljava/util/List;", m.descriptor());
        assertEquals("List<Map<String, Integer>> (List<String>)", m.signature().toString());
        assertEquals(List.of(new RegexUse("(\\w+)\\s+(\\d+)", 0, "static field PAIR")), m.regexes());
        assertEquals(List.of(), m.blockers());
    }

    @Test
    void extractAndAggregateIsTheHottestReplaceableCandidate() {
        MigrationCandidate hot = candidates.stream().filter(MigrationCandidate::replaceable).findFirst().orElseThrow();
        assertEquals(SAMPLE + "TextAggregation.extractAndAggregate", hot.frame());
        assertEquals(59.0, hot.totalPercent(), 1e-9);
        KernelMatch kernel = hot.kernel().orElseThrow();
        assertEquals("extract_and_aggregate", kernel.kernel());
        assertTrue(kernel.bindable());
        assertEquals(Map.of("pattern", "(\\w+)\\s+(\\d+)"), kernel.parameters());
        assertEquals(candidates.get(1), hot, "only main, its caller, holds more samples");
    }

    @Test
    void theRestOfThePipelineSaysWhyNot() {
        MigrationCandidate main = candidates.get(0);
        assertEquals(SAMPLE + "TextAggregationPipeline.main", main.frame());
        assertFalse(main.replaceable());
        assertTrue(main.reasons().stream().anyMatch(r -> r.startsWith("calls back into Java: " + SAMPLE)), main.reasons().toString());
        assertTrue(main.reasons().stream().anyMatch(r -> r.startsWith("does I/O: ")), main.reasons().toString());
        MigrationCandidate add = candidates.stream().filter(c -> c.frame().equals(SAMPLE + "DailySummary.add")).findFirst().orElseThrow();
        assertTrue(add.reasons().stream().anyMatch(r -> r.startsWith("mutates shared state: writes field " + SAMPLE + "DailySummary.")),
            add.reasons().toString());
        assertEquals(List.of(SAMPLE + "TextAggregationPipeline.main", SAMPLE + "TextAggregation.extractAndAggregate",
                SAMPLE + "CorpusGenerator.next", SAMPLE + "CorpusGenerator.appendLine", SAMPLE + "DailySummary.add",
                SAMPLE + "DailySummary.toJson"),
            candidates.stream().map(MigrationCandidate::frame).toList(), "Java frames of the sample only, hottest first");
    }
}
