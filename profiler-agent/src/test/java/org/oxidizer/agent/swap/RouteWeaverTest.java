package org.oxidizer.agent.swap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Type;
import org.oxidizer.agent.bridge.KernelBridge;

/**
 * The woven methods, loaded and verified by a real JVM: unrouted they behave as before; a served call returns the
 * kernel's answer without running the body; a ticket sees every result and every throwable, and the body's own
 * handlers still catch first.
 */
class RouteWeaverTest {

    private static final String SUBJECTS = WeaveSubjects.class.getName();
    private final List<String> keys = new ArrayList<>();

    @AfterEach
    void unroute() {
        keys.forEach(KernelBridge::unroute);
    }

    @Test
    void unroutedMethodsBehaveAsWritten() throws Exception {
        assertEquals(5, call("add", 2, 3));
        assertEquals(31L * 2 + 3 + 4 + 'a' + 1, call("mix", 2L, 3.5, (byte) 4, 'a', true));
        assertEquals(1.25, call("half", 2.5));
        double[] values = {1, 2};
        assertNull(call("fill", values, 0.5f));
        assertArrayEquals(new double[] {1.5, 2.5}, values);
        assertEquals(3, call("countDown", 10));
        assertEquals(List.of("nan"), call("risky", "x"));
        assertEquals(List.of("12"), call("risky", "12"));
        InvocationTargetException thrown = assertThrows(InvocationTargetException.class, () -> call("risky", ""));
        assertEquals("empty", thrown.getCause().getMessage());
    }

    @Test
    void aServedCallSkipsTheBodyAndReturnsTheKernelsAnswer() throws Exception {
        Class<?> c = woven("add");
        route(c, "add", (owner, self, args) -> new KernelBridge.Served(((Integer) args[0]) * 100 + (Integer) args[1]));
        assertEquals(203, invoke(c, "add", 2, 3));
        assertEquals(0, c.getField("bodies").getInt(null), "the Java body did not run");

        Class<?> d = woven("fill");
        route(d, "fill", (owner, self, args) -> {
            Arrays.fill((double[]) args[0], (Float) args[1]);
            return new KernelBridge.Served(null);
        });
        double[] values = {1, 2};
        assertNull(invoke(d, "fill", values, 7f));
        assertArrayEquals(new double[] {7, 7}, values);

        Class<?> e = woven("mix");
        route(e, "mix", (owner, self, args) -> new KernelBridge.Served(-1L));
        assertEquals(-1L, invoke(e, "mix", 2L, 3.5, (byte) 4, 'a', true));
    }

    @Test
    void aTicketSeesResultsAndThrowablesAndTheBodysHandlersCatchFirst() throws Exception {
        Class<?> c = woven("risky");
        List<Object> seen = new ArrayList<>();
        BiConsumer<Object, Throwable> ticket = (result, thrown) -> seen.add(thrown != null ? thrown.getMessage() : result);
        route(c, "risky", (owner, self, args) -> {
            assertSame(c, owner);
            return ticket;
        });
        assertEquals(List.of("nan"), invoke(c, "risky", "x"));
        InvocationTargetException thrown = assertThrows(InvocationTargetException.class, () -> invoke(c, "risky", ""));
        assertEquals(IllegalArgumentException.class, thrown.getCause().getClass(), "the caller gets the body's own exception");
        assertEquals(Arrays.asList(List.of("nan"), "empty"), seen);

        Class<?> d = woven("countDown");
        List<Object> results = new ArrayList<>();
        route(d, "countDown", (owner, self, args) -> (BiConsumer<Object, Throwable>) (r, t) -> results.add(r));
        assertEquals(3, invoke(d, "countDown", 9));
        assertEquals(List.of(3), results);
    }

    @Test
    void instanceMethodsPassTheirReceiver() throws Exception {
        Class<?> c = woven("greet");
        Object subject = c.getConstructor(String.class).newInstance("k");
        Method greet = c.getMethod("greet", Map.class, int[].class);
        assertEquals("k" + Map.of().hashCode() + "01", greet.invoke(subject, Map.of(), new int[1]));
        route(c, "greet", (owner, self, args) -> new KernelBridge.Served("served by " + (self == subject) + " " + args.length));
        assertEquals("served by true 2", greet.invoke(subject, Map.of("a", 1), new int[0]));
    }

    @Test
    void aClassWithoutTheMethodIsLeftAlone() throws IOException {
        assertNull(RouteWeaver.weave(bytes(), "absent", "()V", "k"));
    }

    private Object call(String name, Object... args) throws Exception {
        return invoke(woven(name), name, args);
    }

    private static Object invoke(Class<?> c, String name, Object... args) throws Exception {
        for (Method m : c.getMethods()) {
            if (m.getName().equals(name)) {
                return m.invoke(null, args);
            }
        }
        throw new AssertionError(name);
    }

    private void route(Class<?> c, String name, KernelBridge.Route route) {
        String key = key(c, name);
        keys.add(key);
        KernelBridge.route(key, route);
    }

    private static String key(Class<?> c, String name) {
        for (Method m : c.getMethods()) {
            if (m.getName().equals(name)) {
                return c.getName() + "." + name + Type.getMethodDescriptor(m);
            }
        }
        throw new AssertionError(name);
    }

    /** The subjects with {@code name} woven, in a loader of their own, so each test starts from fresh statics. */
    private static Class<?> woven(String name) throws Exception {
        byte[] original = bytes();
        String descriptor = null;
        for (Method m : WeaveSubjects.class.getMethods()) {
            if (m.getName().equals(name)) {
                descriptor = Type.getMethodDescriptor(m);
            }
        }
        assertNotNull(descriptor, name);
        byte[] woven = RouteWeaver.weave(original, name, descriptor, SUBJECTS + "." + name + descriptor);
        assertNotNull(woven);
        ClassLoader loader = new ClassLoader(RouteWeaverTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
                if (n.equals(SUBJECTS)) {
                    synchronized (getClassLoadingLock(n)) {
                        Class<?> c = findLoadedClass(n);
                        return c != null ? c : defineClass(n, woven, 0, woven.length);
                    }
                }
                return super.loadClass(n, resolve);
            }
        };
        Class<?> c = Class.forName(SUBJECTS, true, loader);
        assertEquals(loader, c.getClassLoader());
        return c;
    }

    private static byte[] bytes() throws IOException {
        try (InputStream in = WeaveSubjects.class.getResourceAsStream("WeaveSubjects.class")) {
            return in.readAllBytes();
        }
    }
}
