package org.oxidizer.core.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Per-thread views of a profile whose stacks start with their thread ({@code [name tid=N]}). */
public final class ThreadViews {

    /** A thread and how many samples it has. */
    public record ThreadShare(String thread, long samples) {
    }

    private ThreadViews() {
    }

    /** Threads with their samples, busiest first; empty when the profile has no thread roots. */
    public static List<ThreadShare> threads(Profile profile) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int s = 0; s < profile.stacks().size(); s++) {
            int[] stack = profile.stacks().get(s);
            if (stack.length > 0 && Profile.isThreadFrame(profile.frame(stack[0]))) {
                counts.merge(profile.frame(stack[0]), profile.counts()[s], Long::sum);
            }
        }
        List<ThreadShare> threads = new ArrayList<>();
        counts.forEach((t, n) -> threads.add(new ThreadShare(t, n)));
        threads.sort(Comparator.comparingLong(ThreadShare::samples).reversed());
        return threads;
    }

    /** Only the stacks of threads whose name contains {@code nameFragment}, thread root removed. */
    public static Profile forThread(Profile profile, String nameFragment) {
        return rebuild(profile, profile.source() + " [" + nameFragment + "]", nameFragment);
    }

    /** All stacks with their thread roots removed and merged, as a flame graph of the whole process wants. */
    public static Profile withoutThreads(Profile profile) {
        return rebuild(profile, profile.source(), null);
    }

    private static Profile rebuild(Profile profile, String source, String nameFragment) {
        ProfileBuilder b = new ProfileBuilder(source, profile.unit());
        int[] newId = new int[profile.frames().size()];     // each frame interned once, not once per stack it is on
        Arrays.fill(newId, -1);
        for (int s = 0; s < profile.stacks().size(); s++) {
            int[] stack = profile.stacks().get(s);
            boolean threaded = stack.length > 0 && Profile.isThreadFrame(profile.frame(stack[0]));
            if (nameFragment != null && !(threaded && profile.frame(stack[0]).contains(nameFragment))) {
                continue;
            }
            int[] rest = threaded ? Arrays.copyOfRange(stack, 1, stack.length) : stack.clone();
            for (int i = 0; i < rest.length; i++) {
                int old = rest[i];
                if (newId[old] < 0) {
                    newId[old] = b.frame(profile.frame(old));
                }
                rest[i] = newId[old];
            }
            b.add(rest, profile.counts()[s]);
        }
        return b.build();
    }
}
