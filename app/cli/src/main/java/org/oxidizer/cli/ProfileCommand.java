package org.oxidizer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.target.ProfileResult;
import org.oxidizer.core.target.ProfileSettings;
import org.oxidizer.core.target.Profiling;
import org.oxidizer.core.target.Target;
import org.oxidizer.core.task.StopSignal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Profiles a running JVM (attach by pid) or a program it launches, and prints what is hot. */
@Command(name = "profile", mixinStandardHelpOptions = true,
    description = {"Profile a running JVM by pid (it keeps running), or launch a jar / main class and profile it to the end.",
        "Writes profile.collapsed and profile.jfr into --out."})
final class ProfileCommand implements Callable<Integer> {

    @Mixin
    TargetOptions target;

    @Option(names = "--event", description = "cpu (perf events, itimer fallback), wall, alloc, lock or nativemem (bytes malloc'd by stack;"
        + " the bytes never freed: `hotspots profile.jfr --event LEAKS`) (default: ${DEFAULT-VALUE}).")
    String event = "cpu";

    @Option(names = "--interval", description = "Sampling interval, e.g. 1ms (default: async-profiler's for the event).")
    String interval;

    @Option(names = "--duration", description = "Seconds to profile an attached JVM; 0 = until you press Enter or it"
        + " exits (default: ${DEFAULT-VALUE}).")
    int duration = 10;

    @Option(names = "--out", description = "Output folder (default: ./oxidizer-out/<timestamp>/).")
    Path out;

    @Mixin
    ProfileOptions view;

    @Override
    public Integer call() throws Exception {
        Path dir = OutputFolder.orDefault(out);
        Files.createDirectories(dir);
        Target chosen = target.target(false);
        StopSignal stop = new StopSignal();
        if (chosen.kind() == Target.Kind.ATTACH && duration == 0) {
            System.out.println("profiling JVM " + chosen.pid() + "; press Enter to stop");
            EnterKey.requestsStop(stop);
        }
        ConsoleProgress progress = ConsoleProgress.onStderr();
        ProfileResult result;
        try {
            result = Profiling.withBundledAgent().profile(chosen, new ProfileSettings(event, interval, duration), dir,
                progress, sample -> { }, stop);
        } finally {
            progress.done();
        }
        System.out.println(result.note());
        Profile profile = result.profile();
        System.out.println();
        if (view.wantsTimes()) {
            view.print(org.oxidizer.core.profile.ProfileFiles.timeline(result.files(),
                org.oxidizer.core.profile.ProfileFiles.kindOf(result.event()), profile), System.out);
        } else {
            view.print(profile, System.out);
        }
        System.out.println("\nwrote " + dir.toAbsolutePath().resolve("profile.collapsed") + " and profile.jfr");
        return 0;
    }
}
