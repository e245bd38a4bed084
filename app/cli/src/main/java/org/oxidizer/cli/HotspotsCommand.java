package org.oxidizer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.oxidizer.core.profile.CollapsedStacksImporter;
import org.oxidizer.core.profile.HotMethods;
import org.oxidizer.core.profile.Hotspot;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.profile.ProfileFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Opens a profile made elsewhere and prints its hot methods. */
@Command(name = "hotspots", mixinStandardHelpOptions = true,
    description = "Print the hot methods of a profile file (async-profiler collapsed stacks).")
final class HotspotsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Collapsed stacks: 'frame;frame;frame count' per line.")
    Path file;

    @Option(names = "--top", description = "How many methods to list (default: ${DEFAULT-VALUE}).")
    int top = 20;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            System.err.println("oxidizer: no such file: " + file);
            return 2;
        }
        Profile profile;
        try {
            profile = new CollapsedStacksImporter().read(file);
        } catch (ProfileFormatException e) {
            System.err.println("oxidizer: " + e.getMessage());
            return 2;
        }
        System.out.printf(Locale.ROOT, "%s: %d samples, %d distinct stacks, %d frames%n", file.getFileName(),
            profile.totalSamples(), profile.stacks().size(), profile.frames().size());
        System.out.printf(Locale.ROOT, "%7s %7s %10s  %s%n", "self%", "total%", "samples", "method");
        for (Hotspot h : HotMethods.topBySelf(profile, top)) {
            System.out.printf(Locale.ROOT, "%7.1f %7.1f %10d  %s%n", h.selfPercent(), h.totalPercent(), h.selfSamples(), h.frame());
        }
        return 0;
    }
}
