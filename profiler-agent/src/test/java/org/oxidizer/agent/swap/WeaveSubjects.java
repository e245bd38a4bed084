package org.oxidizer.agent.swap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Methods of every shape the weaver must keep working: each is woven alone and run in a fresh class loader. */
public class WeaveSubjects {

    public static int bodies;

    private final String name;

    public WeaveSubjects(String name) {
        this.name = name;
    }

    public static int add(int a, int b) {
        bodies++;
        return a + b;
    }

    public static long mix(long a, double b, byte c, char d, boolean e) {
        bodies++;
        return a * 31 + (long) b + c + d + (e ? 1 : 0);
    }

    public static double half(double x) {
        bodies++;
        return x / 2;
    }

    public static void fill(double[] values, float by) {
        bodies++;
        for (int i = 0; i < values.length; i++) {
            values[i] += by;
        }
    }

    /** A loop right at the start: a frame at the body's first instruction. */
    public static int countDown(int n) {
        while (n > 3) {
            n--;
        }
        bodies++;
        return n;
    }

    /** Its own handler must still catch first; then it throws past the weaving. */
    public static List<String> risky(String text) {
        bodies++;
        List<String> out = new ArrayList<>();
        try {
            out.add(Integer.toString(Integer.parseInt(text)));
        } catch (NumberFormatException e) {
            out.add("nan");
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty");
        }
        return out;
    }

    public String greet(Map<String, Integer> counts, int[] extra) {
        bodies++;
        String s = name;
        if (counts.isEmpty()) {
            Object o = counts;
            s = s + o.hashCode();
        }
        return s + counts.size() + extra.length;
    }
}
