package org.oxidizer.core.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sample's expected-hotspots fixture: frames and the least share of a steady CPU profile's samples (total,
 * callees included) each holds, with margin, on the run the fixture names. Shares, not ranks: the order of
 * near-equal frames changes from run to run with the JIT's inlining, a share well under its usual value does not.
 *
 * <pre>
 * run: --rounds 100000 --seed 42      (optional; the sample's default arguments otherwise)
 * org.acme.Foo.bar  &gt;= 30%
 * </pre>
 *
 * @param runArgs the sample's arguments for the profiled run
 */
public record ExpectedHotspots(List<String> runArgs, List<Frame> frames) {

    private static final Pattern FRAME = Pattern.compile("(\\S+)\\s+>=\\s*(\\d+(?:\\.\\d+)?)%");

    /** @param minTotalPercent the least total share of all samples this frame holds on a steady profile */
    public record Frame(String name, double minTotalPercent) {
    }

    public ExpectedHotspots {
        runArgs = List.copyOf(runArgs);
        frames = List.copyOf(frames);
    }

    static ExpectedHotspots parse(String fileName, String text, List<String> defaultArgs) {
        List<String> args = defaultArgs;
        List<Frame> frames = new ArrayList<>();
        for (String line : BundledSamples.lines(text)) {
            if (line.startsWith("run:")) {
                args = BundledSamples.words(line.substring("run:".length()));
                continue;
            }
            Matcher m = FRAME.matcher(line);
            if (!m.matches()) {
                throw new IllegalStateException(fileName + ": expected 'frame >= N%' or 'run: ARGS', not: " + line);
            }
            frames.add(new Frame(m.group(1), Double.parseDouble(m.group(2))));
        }
        return new ExpectedHotspots(args, frames);
    }
}
