package org.oxidizer.kernels.catalog;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Deep comparison of a Java method's result with a kernel's: lists, maps, sets, arrays, boxed numbers and
 * strings, with the kernel's floating-point tolerance. Names the first difference by its path, e.g.
 * {@code [3]{"alpha"}: 12 vs 13}.
 */
public final class ResultDifference {

    private static final int SHOWN = 80;

    private ResultDifference() {
    }

    /** Empty when the kernel's result passes for Java's; else where and how they first differ. */
    public static Optional<String> first(Object java, Object kernel, Tolerance tolerance) {
        return Optional.ofNullable(diff("", java, kernel, tolerance));
    }

    private static String diff(String path, Object java, Object kernel, Tolerance tolerance) {
        if (java == kernel) {
            return null;
        }
        if (java == null || kernel == null) {
            return at(path) + show(java) + " vs " + show(kernel);
        }
        if (java instanceof Double || java instanceof Float) {
            return kernel instanceof Double || kernel instanceof Float
                    ? numbers(path, ((Number) java).doubleValue(), ((Number) kernel).doubleValue(), tolerance)
                    : typeDiff(path, java, kernel);
        }
        if (java instanceof double[] && kernel instanceof double[]) {
            double[] a = (double[]) java;
            double[] b = (double[]) kernel;
            if (a.length != b.length) {
                return at(path) + "length " + a.length + " vs " + b.length;
            }
            for (int i = 0; i < a.length; i++) {
                String d = numbers(path + "[" + i + "]", a[i], b[i], tolerance);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (java instanceof List && kernel instanceof List) {
            return lists(path, (List<?>) java, (List<?>) kernel, tolerance);
        }
        if (java instanceof Map && kernel instanceof Map) {
            return maps(path, (Map<?, ?>) java, (Map<?, ?>) kernel, tolerance);
        }
        if (java instanceof Set && kernel instanceof Set) {
            return java.equals(kernel) ? null : at(path) + show(java) + " vs " + show(kernel);
        }
        if (java.getClass().isArray() && kernel.getClass() == java.getClass()) {
            return Arrays.deepEquals(new Object[] {java}, new Object[] {kernel}) ? null
                    : at(path) + show(java) + " vs " + show(kernel);
        }
        if (java instanceof java.nio.DoubleBuffer && kernel instanceof java.nio.DoubleBuffer) {
            // DoubleBuffer.equals takes -0.0 for 0.0; the declared tolerance decides, as for arrays.
            java.nio.DoubleBuffer a = ((java.nio.DoubleBuffer) java).duplicate();
            java.nio.DoubleBuffer b = ((java.nio.DoubleBuffer) kernel).duplicate();
            double[] x = new double[a.remaining()];
            double[] y = new double[b.remaining()];
            a.get(x);
            b.get(y);
            return diff(path, x, y, tolerance);
        }
        if (java instanceof ByteBuffer && kernel instanceof ByteBuffer) {
            return java.equals(kernel) ? null : at(path) + "byte buffers differ";
        }
        if (java.getClass() != kernel.getClass() && !(java instanceof CharSequence && kernel instanceof CharSequence)) {
            return typeDiff(path, java, kernel);
        }
        if (java instanceof CharSequence) {
            return strings(path, java.toString(), kernel.toString());
        }
        return java.equals(kernel) ? null : at(path) + show(java) + " vs " + show(kernel);
    }

    private static String numbers(String path, double java, double kernel, Tolerance tolerance) {
        return tolerance.accepts(java, kernel) ? null : at(path) + java + " vs " + kernel;
    }

    private static String lists(String path, List<?> java, List<?> kernel, Tolerance tolerance) {
        Iterator<?> a = java.iterator();
        Iterator<?> b = kernel.iterator();
        for (int i = 0; a.hasNext() && b.hasNext(); i++) {
            String d = diff(path + "[" + i + "]", a.next(), b.next(), tolerance);
            if (d != null) {
                return d;
            }
        }
        return java.size() == kernel.size() ? null : at(path) + "size " + java.size() + " vs " + kernel.size();
    }

    private static String maps(String path, Map<?, ?> java, Map<?, ?> kernel, Tolerance tolerance) {
        for (Object key : sorted(java.keySet())) {
            String keyPath = path + "{" + show(key) + "}";
            if (!kernel.containsKey(key)) {
                return at(keyPath) + show(java.get(key)) + " vs (missing)";
            }
            String d = diff(keyPath, java.get(key), kernel.get(key), tolerance);
            if (d != null) {
                return d;
            }
        }
        for (Object key : sorted(kernel.keySet())) {
            if (!java.containsKey(key)) {
                return at(path + "{" + show(key) + "}") + "(missing) vs " + show(kernel.get(key));
            }
        }
        return null;
    }

    /** Keys in a stable order when they are comparable, so the first difference is the same every run. */
    private static Iterable<?> sorted(Set<?> keys) {
        try {
            return new TreeSet<>(keys);
        } catch (ClassCastException | NullPointerException e) {
            return keys;
        }
    }

    private static String strings(String path, String java, String kernel) {
        if (java.equals(kernel)) {
            return null;
        }
        int i = 0;
        while (i < java.length() && i < kernel.length() && java.charAt(i) == kernel.charAt(i)) {
            i++;
        }
        return at(path) + "strings differ at char " + i + ": " + show(excerpt(java, i)) + " vs " + show(excerpt(kernel, i));
    }

    private static String excerpt(String s, int at) {
        int from = Math.max(0, at - 20);
        return (from > 0 ? "…" : "") + s.substring(from, Math.min(s.length(), from + 60));
    }

    private static String typeDiff(String path, Object java, Object kernel) {
        return at(path) + java.getClass().getName() + " vs " + kernel.getClass().getName();
    }

    private static String at(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }

    /** A value as a person reads it in a mismatch report: quoted strings, clipped to a line. */
    public static String show(Object value) {
        String s;
        if (value instanceof CharSequence) {
            s = "\"" + value + "\"";
        } else if (value instanceof double[]) {
            s = Arrays.toString((double[]) value);
        } else if (value instanceof int[]) {
            s = Arrays.toString((int[]) value);
        } else if (value instanceof long[]) {
            s = Arrays.toString((long[]) value);
        } else if (value instanceof byte[]) {
            s = Arrays.toString((byte[]) value);
        } else if (value instanceof Object[]) {
            s = Arrays.deepToString((Object[]) value);
        } else {
            s = String.valueOf(value);
        }
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "… (" + s.length() + " chars)";
    }
}
