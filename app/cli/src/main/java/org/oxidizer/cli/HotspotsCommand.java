package org.oxidizer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.oxidizer.core.profile.JfrImporter;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.profile.ProfileFiles;
import org.oxidizer.core.profile.ProfileFormatException;
import org.oxidizer.core.profile.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Opens a profile made elsewhere and prints its diagnosis and hot methods. */
@Command(name = "hotspots", mixinStandardHelpOptions = true,
    description = "Print the diagnosis and hot methods of a profile file: async-profiler collapsed stacks, or JFR"
        + " recorded by async-profiler or by the JDK (-XX:StartFlightRecording).")
final class HotspotsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A collapsed-stacks file ('frame;frame;frame count' per line) or a .jfr recording.")
    Path file;

    @Option(names = "--event", description = "For JFR: which samples to read, one of ${COMPLETION-CANDIDATES} (default:"
        + " ${DEFAULT-VALUE}); NATIVEMEM and LEAKS read async-profiler's nativemem recording as bytes.")
    JfrImporter.Kind event = JfrImporter.Kind.CPU;

    @Mixin
    ProfileOptions view;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            System.err.println("oxidizer: no such file: " + file);
            return 2;
        }
        try {
            if (view.wantsTimes()) {
                Timeline line = ProfileFiles.timeline(file, event);
                sayBytes(line.whole());
                view.print(line, System.out);
            } else {
                Profile profile = ProfileFiles.read(file, event);
                sayBytes(profile);
                view.print(profile, System.out);
            }
            return 0;
        } catch (ProfileFormatException e) {
            System.err.println("oxidizer: " + e.getMessage());
            return 2;
        }
    }

    private void sayBytes(Profile profile) {
        if (profile.unit() == Profile.Unit.BYTES) {
            System.out.println("native memory: bytes " + (event == JfrImporter.Kind.LEAKS
                ? "malloc'd and not freed by the end of the recording" : "malloc'd") + ", by stack");
        }
    }
}
