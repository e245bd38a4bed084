package org.oxidizer.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Kernel shapes are written by people; they must read as the same types a class file renders. */
class JavaSignatureTest {

    @Test
    void shapeSignatureWithNamesReadsAsTypes() {
        JavaSignature s = JavaSignature.parse("List<Map<String, Integer>> extractAndAggregate(List<String> texts)");
        assertEquals("List<Map<String, Integer>>", s.returnType());
        assertEquals(List.of("List<String>"), s.parameterTypes());
        assertTrue(s.sameTypes(JavaSignature.ofClassFile("(Ljava/util/List<Ljava/lang/String;>;)Ljava/util/List<Ljava/util/Map<Ljava/lang/String;Ljava/lang/Integer;>;>;")));
    }

    @Test
    void namesAreOptionalAndSpellingsNormalised() {
        assertEquals(JavaSignature.parse("double sum(List<Double>)").parameterTypes(), List.of("List<Double>"));
        assertEquals(new JavaSignature("", "double", List.of("double[]")), JavaSignature.parse("double (double [] values)"));
        JavaSignature spaced = JavaSignature.parse("java.util.Map< String ,java.lang.Integer > f(final String... args, int n)");
        assertEquals("Map<String, Integer>", spaced.returnType());
        assertEquals(List.of("String[]", "int"), spaced.parameterTypes());
        JavaSignature generic = JavaSignature.parse("<T extends Number> double sum(List<? extends T> xs)");
        assertEquals("<T extends Number>", generic.typeParameters());
        assertEquals(List.of("List<? extends T>"), generic.parameterTypes());
        assertEquals(List.of(), JavaSignature.parse("int count()").parameterTypes());
    }

    @Test
    void differentGenericsAreDifferentTypes() {
        assertFalse(JavaSignature.parse("List<String> f(List<String> a)").sameTypes(JavaSignature.parse("List<Integer> f(List<String> a)")));
        assertThrows(IllegalArgumentException.class, () -> JavaSignature.parse("not a method"));
    }
}
