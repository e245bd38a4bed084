package org.oxidizer.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oxidizer.core.match.fixtures.BodyFixtures;
import org.oxidizer.core.match.fixtures.GenericShapes;
import org.oxidizer.core.match.fixtures.RegexFixtures;
import org.oxidizer.core.match.fixtures.StaticPatternIdiom;

/** Analyses the real class files javac made of the fixtures. */
class MethodAnalysisTest {

    private static final ClassFiles TEST_CLASSES = ClassFiles.of(MethodAnalysisTest.class.getClassLoader());

    @Test
    void staticFinalPatternIdiomGivesTypesAndTheLiteral() {
        MethodAnalysis m = only(StaticPatternIdiom.class, "extractAndAggregate");
        assertEquals(StaticPatternIdiom.class.getName(), m.className());
        assertEquals("(Ljava/util/List;)Ljava/util/List;", m.descriptor());
        assertEquals("List<Map<String, Integer>> (List<String>)", m.signature().toString());
        assertTrue(m.generic());
        assertTrue(m.isStatic());
        assertEquals(List.of(new RegexUse("(\\w+)\\s+(\\d+)", 0, "static field PAIR")), m.regexes());
        assertEquals(List.of(), m.blockers(), "JDK calls and a JDK method reference are fine");
        assertEquals("List<Map<String, Integer>> extractAndAggregate(List<String>)", m.display());
    }

    @Test
    void inlineCompileAndOverloads() {
        List<MethodAnalysis> both = MethodAnalysis.of(bytes(RegexFixtures.class), "inline");
        assertEquals(2, both.size(), "both overloads");
        MethodAnalysis lists = both.stream().filter(m -> m.descriptor().startsWith("(Ljava/util/List;)")).findFirst().orElseThrow();
        assertEquals(List.of(new RegexUse("(\\w+)=(\\d+)", 0, "Pattern.compile in inline")), lists.regexes());
        MethodAnalysis text = both.stream().filter(m -> m.descriptor().equals("(Ljava/lang/String;)I")).findFirst().orElseThrow();
        assertFalse(text.generic(), "no Signature attribute for a non-generic method");
        assertEquals("int (String)", text.signature().toString());
        assertEquals("a", text.regexes().get(0).pattern());
    }

    @Test
    void twoPatternsAreBothReported() {
        List<RegexUse> regexes = only(RegexFixtures.class, "two").regexes();
        assertEquals(List.of("[a-z]+", "\\d+"), regexes.stream().map(RegexUse::pattern).toList());
        assertEquals(List.of("static field WORD", "static field NUMBER"), regexes.stream().map(RegexUse::origin).toList());
    }

    @Test
    void constantFlagsAreRead() {
        RegexUse regex = only(RegexFixtures.class, "flagged").regexes().get(0);
        assertEquals("(\\w+)\\s+(\\d+)", regex.pattern());
        assertEquals(2 | 8, regex.flags());
        assertTrue(regex.describe().contains("CASE_INSENSITIVE | MULTILINE"), regex.describe());
    }

    @Test
    void whatIsNotAConstantIsUnknownNotMissing() {
        assertUnknownPattern("nonConstant", "Pattern.compile in nonConstant");
        assertUnknownPattern("notFinal", "static field mutable, which is not final");
        assertUnknownPattern("fromMethod", "static field FROM_ELSEWHERE, not set from Pattern.compile in the class initializer");
        assertUnknownPattern("instanceField", "instance field perInstance");
        RegexUse flags = only(RegexFixtures.class, "nonConstantFlags").regexes().get(0);
        assertNull(flags.flags());
        assertFalse(flags.isConstant());
        assertEquals(List.of(), only(RegexFixtures.class, "noRegex").regexes());
    }

    @Test
    void aPureLoopHasNoBlockers() {
        MethodAnalysis m = only(BodyFixtures.class, "pure");
        assertEquals("([D)D", m.descriptor());
        assertEquals("double (double[])", m.signature().toString());
        assertEquals(List.of(), m.blockers());
        assertEquals(List.of(), only(BodyFixtures.class, "recursive").blockers(), "calling itself is not calling back");
    }

    @Test
    void bodiesAKernelCannotStandInFor() {
        String helper = BodyFixtures.Helper.class.getName();
        assertBlockers("countsCalls", "mutates shared state: writes static field " + BodyFixtures.class.getName() + ".calls");
        assertBlockers("countsHits", "mutates shared state: writes field " + BodyFixtures.class.getName() + ".hits",
            "reads the object's own fields, which a kernel is not given: " + BodyFixtures.class.getName() + ".hits");
        assertBlockers("locked", "is synchronized: other threads rely on the lock it holds");
        assertBlockers("lockedBlock", "uses monitors (a synchronized block): other threads rely on the lock it takes",
            "reads the object's own fields, which a kernel is not given: " + BodyFixtures.class.getName() + ".lock");
        assertBlockers("callsApp", "calls back into Java: " + helper + ".twice, " + helper + ".<init>, " + helper + ".plusOne");
        assertBlockers("usesAppLambda", "calls back into Java: " + BodyFixtures.class.getName() + ".lambda$usesAppLambda$0");
        assertBlockers("readsFile", "does I/O: java.nio.file.Files.readAllLines");
        assertBlockers("prints", "does I/O: java.io.PrintStream.println");
        assertBlockers("pathOnly");
        assertBlockers("abstractShape", "is abstract: there is no body to replace");
        assertBlockers("nativeShape", "is native already");
        assertFalse(only(BodyFixtures.class, "countsHits").isStatic());
    }

    @Test
    void genericSignaturesInJavaSyntax() {
        assertEquals("<T extends Comparable<T>> T (List<? extends T>, Comparator<? super T>)",
            only(GenericShapes.class, "max").signature().toString());
        assertEquals("List<String>[] (int[][], Map.Entry<String, Integer>, String[])",
            only(GenericShapes.class, "arrayOfLists").signature().toString());
        MethodAnalysis raw = only(GenericShapes.class, "raw");
        assertFalse(raw.generic());
        assertEquals("long (List)", raw.signature().toString());
    }

    @Test
    void unknownMethodNameGivesNothing() {
        assertEquals(List.of(), MethodAnalysis.of(bytes(GenericShapes.class), "noSuchMethod"));
    }

    private static void assertUnknownPattern(String method, String origin) {
        RegexUse regex = only(RegexFixtures.class, method).regexes().get(0);
        assertEquals(origin, regex.origin());
        assertNull(regex.pattern(), method);
        assertFalse(regex.isConstant(), method);
    }

    private static void assertBlockers(String method, String... expected) {
        assertEquals(List.of(expected), only(BodyFixtures.class, method).blockers(), method);
    }

    static MethodAnalysis only(Class<?> type, String method) {
        List<MethodAnalysis> found = MethodAnalysis.of(bytes(type), method);
        assertEquals(1, found.size(), method + ": " + found);
        return found.get(0);
    }

    static byte[] bytes(Class<?> type) {
        return TEST_CLASSES.read(type.getName()).orElseThrow();
    }
}
