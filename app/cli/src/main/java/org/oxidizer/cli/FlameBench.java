package org.oxidizer.cli;

import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.oxidizer.core.bench.FlameGraphTiming;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The workbench's flame graph on a large synthetic profile, drawn off-screen: first paint and redraws. The
 * drawing code is the GUI's, found on the class path, so this runs wherever the workbench is installed.
 */
@Command(name = "flame", mixinStandardHelpOptions = true,
    description = "The workbench's flame graph on 1M samples / 50k frames: first paint, redraw on zoom and hover (off-screen, no display needed).")
final class FlameBench implements Callable<Integer> {

    @Mixin
    SyntheticProfileOptions synthetic = new SyntheticProfileOptions();

    @Option(names = "--rounds", description = "First-paint rounds; the median is reported (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Override
    public Integer call() throws Exception {
        FlameGraphTiming timing = ServiceLoader.load(FlameGraphTiming.class).findFirst().orElse(null);
        if (timing == null) {
            System.err.println("oxidizer: the flame-graph benchmark draws with the workbench's classes (oxidizer-gui.jar"
                + " and JavaFX), which are not on this class path; run it as ./oxidizer bench flame or with the installed oxidizer");
            return 2;
        }
        timing.run(synthetic.samples, synthetic.frames, rounds, System.out);
        return 0;
    }
}
