package org.oxidizer.core.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oxidizer.core.match.CandidateFinder;
import org.oxidizer.core.match.ClassFiles;
import org.oxidizer.core.match.KernelMatch;
import org.oxidizer.core.match.MigrationCandidate;
import org.oxidizer.core.profile.Hotspot;
import org.oxidizer.core.target.BundledJars;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.KernelCatalog;
import org.oxidizer.samples.logs.LogGenerator;
import org.oxidizer.samples.textagg.CorpusGenerator;
import org.oxidizer.samples.textagg.TextAggregation;

/**
 * Each kernel's Java reference is a copy, on purpose, of the sample method it stands in for (the kernels module must
 * not depend on the samples). Copies drift: this runs both on the same inputs, taken from the samples' own
 * generators, and wants the same answers, bit for bit. The binding (a regex pattern, ...) is what the workbench
 * reads from the sample's class file.
 */
class SampleReferencesTest {

    private static final int CASES = 6;

    static List<BundledSamples.Sample> samples() {
        return BundledSamples.all();
    }

    /** Inputs per sample: {@code CASES} argument lists of the hot method's shape, edge cases first. */
    private static final Map<String, Function<Random, List<Object[]>>> INPUTS = Map.of(
        "text-aggregation", r -> lists(r, n -> new CorpusGenerator(r.nextLong()).next(n)),
        "log-cleaning", r -> lists(r, n -> new LogGenerator(r.nextLong()).next(n)),
        "json-serialize", r -> lists(r, n -> TextAggregation.extractAndAggregate(new CorpusGenerator(r.nextLong()).next(n))),
        "count-primes", r -> List.of(new Object[] {0}, new Object[] {2}, new Object[] {3}, new Object[] {100},
            new Object[] {10_007}, new Object[] {200_000 + r.nextInt(1000)}),
        "sobel", r -> {
            List<Object[]> cases = new ArrayList<>();
            for (int[] wh : new int[][] {{3, 3}, {4, 7}, {64, 48}, {33, 17}, {128, 3}, {5, 90}}) {
                cases.add(new Object[] {doubles(r, wh[0] * wh[1]), wh[0], wh[1]});
            }
            return cases;
        },
        "fast-sum", r -> arrays(r),
        "square-plus-double", r -> arrays(r),
        "square-plus-double-one", r -> {
            List<Object[]> cases = new ArrayList<>();
            for (double x : new double[] {0, -0.0, 1e308, Double.NaN, -3.5, r.nextGaussian()}) {
                cases.add(new Object[] {x});
            }
            return cases;
        },
        "sum-bytes", r -> buffers(r, false),
        "sum-bytes-direct", r -> buffers(r, true));

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theKernelsReferenceAnswersLikeTheSamplesMethod(BundledSamples.Sample sample) throws Exception {
        Function<Random, List<Object[]>> inputs = INPUTS.get(sample.id());
        assertTrue(inputs != null, "a new sample needs its inputs here: " + sample.id());
        MethodSwapParts hot = hotMethod(sample);
        // Bound as the workbench binds it from the class file (a regex pattern, ...); a method the live finder will
        // not offer (it calls back into Java) is bound as the demo's start-up swap plan binds it, with the defaults.
        Method method = hot.method();
        String descriptor = descriptor(method);
        List<MigrationCandidate> found = new CandidateFinder(ClassFiles.classPath(List.of(BundledJars.samplesJar())),
            KernelCatalog.bundled()).candidates(new Hotspot(hot.frame(), 1, 1, 100, 100));
        Map<String, String> parameters = found.stream().map(MigrationCandidate::kernel).flatMap(java.util.Optional::stream)
            .filter(k -> k.kernel().equals(sample.kernelId())).map(KernelMatch::parameters).findFirst().orElse(Map.of());
        BoundKernel kernel = KernelCatalog.bundled().find(sample.kernelId()).orElseThrow().bind(descriptor, parameters);
        Random random = new Random(42);
        List<Object[]> cases = inputs.apply(random);
        assertFalse(cases.isEmpty());
        for (Object[] args : cases) {
            Object java = method.invoke(null, copy(args));
            Object reference = kernel.reference(copy(args));
            assertEquals(render(java), render(reference), sample.id() + " on " + describe(args));
        }
    }

    private record MethodSwapParts(Class<?> type, String name) {
        String frame() {
            return type.getName() + "." + name;
        }

        Method method() {
            List<Method> named = Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.getName().equals(name) && Modifier.isStatic(m.getModifiers())).toList();
            assertEquals(1, named.size(), "one static " + frame());
            return named.get(0);
        }
    }

    private static MethodSwapParts hotMethod(BundledSamples.Sample sample) throws ClassNotFoundException {
        String hot = sample.hotMethod();
        int hash = hot.indexOf('#');
        int paren = hot.indexOf('(');
        return new MethodSwapParts(Class.forName(hot.substring(0, hash)), hot.substring(hash + 1, paren < 0 ? hot.length() : paren));
    }

    private static String descriptor(Method m) {
        return org.objectweb.asm.Type.getMethodDescriptor(m);
    }

    private static List<Object[]> lists(Random r, Function<Integer, Object> make) {
        List<Object[]> cases = new ArrayList<>();
        for (int n : new int[] {0, 1, 2, 17, 250, 1000}) {
            cases.add(new Object[] {make.apply(n)});
        }
        return cases;
    }

    private static double[] doubles(Random r, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i % 97 == 5 ? -0.0 : r.nextGaussian() * 1000;
        }
        return v;
    }

    private static List<Object[]> arrays(Random r) {
        List<Object[]> cases = new ArrayList<>();
        for (int n : new int[] {0, 1, 7, 100, 10_000, 100_003}) {
            cases.add(new Object[] {doubles(r, n)});
        }
        cases.add(new Object[] {new double[] {Double.NaN, 1, Double.POSITIVE_INFINITY, -1e308, 1e308, 4.9e-324}});
        return cases;
    }

    private static List<Object[]> buffers(Random r, boolean direct) {
        List<Object[]> cases = new ArrayList<>();
        for (int n : new int[] {0, 1, 3, 100, 10_000, 65_537}) {
            double[] v = doubles(r, n);
            ByteBuffer b = (direct ? ByteBuffer.allocateDirect(n * 8) : ByteBuffer.allocate(n * 8)).order(ByteOrder.LITTLE_ENDIAN);
            for (double d : v) {
                b.putDouble(d);
            }
            b.flip();
            cases.add(new Object[] {b});
        }
        return cases;
    }

    /** Fresh arguments per call: a method may consume a buffer's position or fill an array. */
    private static Object[] copy(Object[] args) {
        Object[] c = args.clone();
        for (int i = 0; i < c.length; i++) {
            if (c[i] instanceof double[] d) {
                c[i] = d.clone();
            } else if (c[i] instanceof ByteBuffer b) {
                c[i] = b.duplicate().order(b.order());
            }
        }
        return c;
    }

    /** Doubles by their bits (NaN equals NaN, -0.0 differs from 0.0), collections by their elements. */
    private static String render(Object value) {
        if (value instanceof double[] d) {
            StringBuilder s = new StringBuilder("[");
            for (double x : d) {
                s.append(Long.toHexString(Double.doubleToRawLongBits(x))).append(',');
            }
            return s.append(']').toString();
        }
        if (value instanceof Double d) {
            return "double " + Long.toHexString(Double.doubleToRawLongBits(d));
        }
        return String.valueOf(value);
    }

    private static String describe(Object[] args) {
        return Arrays.stream(args).map(a -> a instanceof double[] d ? "double[" + d.length + "]"
            : a instanceof ByteBuffer b ? "ByteBuffer[" + b.remaining() + (b.isDirect() ? ", direct]" : "]")
            : a instanceof List<?> l ? "List[" + l.size() + "]" : String.valueOf(a)).toList().toString();
    }
}
