package org.oxidizer.core.kernelgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidizer.core.kernelgen.fixtures.Shapes;
import org.oxidizer.core.task.Progress;
import org.oxidizer.kernels.calls.ArgumentCopies;
import org.oxidizer.kernels.calls.CallFile;

/**
 * Every type a written kernel takes or gives back crosses the boundary intact: for each, a project is written, given a
 * one-line Rust body, built with cargo and javac, and replayed on made-up calls (texts with CJK, non-BMP characters
 * and lone surrogates, NaN and -0.0, empty lists, buffers at an offset) against the Java method's answers.
 */
class KernelShapesTest {

    /** The Rust body of each fixture method. */
    static final Map<String, String> BODIES = new LinkedHashMap<>();

    static {
        BODIES.put("primitives", "(z as i64).wrapping_add((b as i64).wrapping_mul(3)).wrapping_add((c as i64).wrapping_mul(5))"
            + ".wrapping_add((s as i64).wrapping_mul(7)).wrapping_add((i as i64).wrapping_mul(11)).wrapping_add(l.wrapping_mul(13))"
            + ".wrapping_add((f.to_bits() as i32 as i64).wrapping_mul(17)).wrapping_add((d.to_bits() as i64).wrapping_mul(19))");
        BODIES.put("flip", "!z");
        BODIES.put("negateByte", "b.wrapping_neg()");
        BODIES.put("nextChar", "c.wrapping_add(1)");
        BODIES.put("negateShort", "s.wrapping_neg()");
        BODIES.put("negateInt", "i.wrapping_neg()");
        BODIES.put("halfFloat", "f / 2.0");
        BODIES.put("halfDouble", "d / 2.0");
        BODIES.put("flipAll", "values.iter().map(|&v| v == 0).collect()");
        for (String echo : List.of("echoBytes", "echoChars", "echoShorts", "echoInts", "echoLongs", "echoFloats", "echoDoubles",
                "echoIntList", "echoLongList", "echoDoubleList")) {
            BODIES.put(echo, "values.to_vec()");
        }
        BODIES.put("echoText", "text.to_vec()");
        BODIES.put("echoTexts", "texts.iter().map(|t| t.to_vec()).collect()");
        BODIES.put("echoIntMap", "counts.iter().map(|(k, v)| (k.to_vec(), v)).collect()");
        BODIES.put("echoLongMap", "totals.iter().map(|(k, v)| (k.to_vec(), v)).collect()");
        BODIES.put("echoMaps", "maps.iter().map(|m| m.iter().map(|(k, v)| (k.to_vec(), v)).collect()).collect()");
        BODIES.put("bumpInts", "values.iter_mut().for_each(|v| *v = v.wrapping_add(1))");
        BODIES.put("bumpChars", "values.iter_mut().for_each(|v| *v = v.wrapping_add(1))");
        BODIES.put("flipInPlace", "values.iter_mut().for_each(|v| *v = (*v == 0) as u8)");
        BODIES.put("bumpBytes", "buffer.iter_mut().for_each(|v| *v = v.wrapping_add(1))");
        BODIES.put("bumpDoubles", "buffer.iter_mut().for_each(|v| *v += 1.0)");
        BODIES.put("pick", "let t = texts.get(index.rem_euclid(texts.len() as i32) as usize); "
            + "let mut out: Vec<u16> = t.iter().map(|&c| if upper && (97..=122).contains(&c) { c - 32 } else { c }).collect(); "
            + "out.push(suffix); out");
    }

    static byte[] shapesClass() throws Exception {
        try (InputStream in = Shapes.class.getResourceAsStream("Shapes.class")) {
            return in.readAllBytes();
        }
    }

    @Test
    void everyTypeCrossesTheBoundaryIntact(@TempDir Path tmp) throws Exception {
        byte[] classFile = shapesClass();
        SplittableRandom random = new SplittableRandom(7);
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> body : BODIES.entrySet()) {
            KernelPlan plan = KernelPlan.of(classFile, body.getKey(), null);
            Path dir = tmp.resolve(plan.id());
            KernelProject.write(plan, dir, false);
            Path kernel = dir.resolve("native/src/kernel.rs");
            String written = Files.readString(kernel);
            String filled = written.replaceFirst("unimplemented!\\(\"kernel [a-z_]+ is not written yet: fill in kernel.rs\"\\)",
                java.util.regex.Matcher.quoteReplacement(body.getValue()));
            Files.writeString(kernel, filled.substring(0, filled.indexOf("#[cfg(test)]")));
            KernelProject project = KernelProject.open(dir);
            KernelBuild.build(project, Progress.NONE);
            Method method = java.util.Arrays.stream(Shapes.class.getMethods()).filter(m -> m.getName().equals(body.getKey()))
                .findFirst().orElseThrow();
            List<CallFile.Call> calls = new ArrayList<>();
            for (int n = 0; n < 12; n++) {
                Object[] args = arguments(method, random, n);
                Object[] javaArgs = ArgumentCopies.of(args);
                Object answer = method.invoke(null, javaArgs);
                calls.add(new CallFile.Call(args, method.getReturnType() == void.class ? javaArgs : answer, 1));
            }
            Path saved = tmp.resolve(plan.id() + ".oxc");
            new CallFile(plan.methodKey(), plan.display(), calls).write(saved);
            KernelReplay.Result result = KernelReplay.run(project, CallFile.read(saved), List.of(), 0);
            if (!result.passed()) {
                failures.add(plan.display() + ": " + result.mismatch().map(Object::toString).orElse("no calls"));
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void shapesOutsideTheBoundaryAreRefusedWithTheParameterAndTheReason() throws Exception {
        byte[] classFile = shapesClass();
        assertRefused(classFile, "distinct", "parameter 1 (Set<String> words) of org.oxidizer.core.kernelgen.fixtures.Shapes.distinct"
            + " is a Set<String>, which has no layout at the boundary");
        assertRefused(classFile, "first", "has type parameters <T>");
        assertRefused(classFile, "matrix", "returns int[][]: it is an array of arrays");
        assertRefused(classFile, "allocate", "returns ByteBuffer: a kernel cannot hand back a buffer");
        assertRefused(classFile, "nothingToFill", "returns void and has no array or buffer parameter to fill");
        assertRefused(classFile, "twice", "has 2 methods called twice; name one with its descriptor");
        assertEquals("long twice(long x)", KernelPlan.of(classFile, "twice", "(J)J").display());
    }

    @Test
    void aMethodThatChangesSharedStateIsWrittenOnlyWhenForced(@TempDir Path tmp) throws Exception {
        KernelPlan plan = KernelPlan.of(shapesClass(), "accumulate", null);
        KernelProjectException e = assertThrows(KernelProjectException.class, () -> KernelProject.write(plan, tmp.resolve("a"), false));
        assertTrue(e.getMessage().contains("mutates shared state: writes static field org.oxidizer.core.kernelgen.fixtures.Shapes.total"),
            e.getMessage());
        assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
        assertTrue(Files.notExists(tmp.resolve("a")));
        KernelProject.write(plan, tmp.resolve("a"), true);
        assertTrue(Files.isRegularFile(tmp.resolve("a/native/src/kernel.rs")));
        KernelProjectException again = assertThrows(KernelProjectException.class, () -> KernelProject.write(plan, tmp.resolve("a"), true));
        assertTrue(again.getMessage().contains("is not empty"), again.getMessage());
    }

    private static void assertRefused(byte[] classFile, String method, String expected) {
        KernelProjectException e = assertThrows(KernelProjectException.class, () -> KernelPlan.of(classFile, method, null));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static final String[] TEXTS = {"", "a", "key=value 42", "東京 tower", "emoji \uD83D\uDE00!", "lone \uD800 high",
        "lone \uDC00 low", "tab\there", "x".repeat(300)};

    private static Object[] arguments(Method method, SplittableRandom random, int n) {
        Class<?>[] types = method.getParameterTypes();
        java.lang.reflect.Type[] generic = method.getGenericParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = value(types[i], generic[i].getTypeName(), random, n, method.getName().equals("pick"));
        }
        return args;
    }

    private static Object value(Class<?> type, String generic, SplittableRandom random, int n, boolean asciiOnly) {
        int length = n == 0 ? 0 : random.nextInt(1, 40);
        if (type == boolean.class) {
            return random.nextBoolean();
        } else if (type == byte.class) {
            return (byte) random.nextInt();
        } else if (type == char.class) {
            return n == 1 ? '\uffff' : n == 2 ? '\ud800' : (char) random.nextInt(32, 0x3000);
        } else if (type == short.class) {
            return (short) random.nextInt();
        } else if (type == int.class) {
            return n == 1 ? Integer.MIN_VALUE : random.nextInt();
        } else if (type == long.class) {
            return n == 1 ? Long.MIN_VALUE : random.nextLong();
        } else if (type == float.class) {
            return n == 1 ? Float.NaN : n == 2 ? -0.0f : (float) random.nextDouble(-1e6, 1e6);
        } else if (type == double.class) {
            return n == 1 ? Double.NaN : n == 2 ? -0.0 : random.nextDouble(-1e12, 1e12);
        } else if (type == String.class) {
            return text(random, asciiOnly);
        } else if (type.isArray()) {
            Class<?> element = type.getComponentType();
            Object array = java.lang.reflect.Array.newInstance(element, length);
            for (int i = 0; i < length; i++) {
                java.lang.reflect.Array.set(array, i, value(element, element.getName(), random, random.nextInt(8), false));
            }
            return array;
        } else if (type == ByteBuffer.class || type == DoubleBuffer.class) {
            int capacity = length + 6;
            boolean direct = random.nextBoolean();
            Object buffer;
            if (type == ByteBuffer.class) {
                ByteBuffer b = direct ? ByteBuffer.allocateDirect(capacity) : ByteBuffer.allocate(capacity);
                for (int i = 0; i < capacity; i++) {
                    b.put(i, (byte) random.nextInt());
                }
                buffer = b;
            } else {
                DoubleBuffer b = direct ? ByteBuffer.allocateDirect(8 * capacity).order(ByteOrder.nativeOrder()).asDoubleBuffer()
                    : DoubleBuffer.allocate(capacity);
                for (int i = 0; i < capacity; i++) {
                    b.put(i, random.nextDouble());
                }
                buffer = b;
            }
            ((java.nio.Buffer) buffer).position(Math.min(3, capacity)).limit(capacity - 2);
            return buffer;
        } else if (generic.equals("java.util.List<java.lang.String>")) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < (asciiOnly ? length + 1 : length); i++) {
                texts.add(text(random, asciiOnly));
            }
            return texts;
        } else if (generic.startsWith("java.util.List<java.util.Map")) {
            List<Map<String, Integer>> maps = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                maps.add(intMap(random, random.nextInt(5)));
            }
            return maps;
        } else if (generic.startsWith("java.util.List<")) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                values.add(generic.contains("Integer") ? (Object) random.nextInt() : generic.contains("Long") ? (Object) random.nextLong()
                    : (Object) (i == 1 ? Double.NaN : random.nextDouble()));
            }
            return values;
        } else if (generic.equals("java.util.Map<java.lang.String, java.lang.Integer>")) {
            return intMap(random, length);
        } else if (generic.equals("java.util.Map<java.lang.String, java.lang.Long>")) {
            Map<String, Long> map = new HashMap<>();
            for (int i = 0; i < length; i++) {
                map.put(text(random, false), random.nextLong());
            }
            return map;
        }
        throw new IllegalArgumentException("no made-up value for " + generic);
    }

    private static Map<String, Integer> intMap(SplittableRandom random, int size) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < size; i++) {
            map.put(text(random, false) + i, random.nextInt());
        }
        return map;
    }

    private static String text(SplittableRandom random, boolean asciiOnly) {
        return asciiOnly ? "word" + random.nextInt(100) : TEXTS[random.nextInt(TEXTS.length)];
    }
}
