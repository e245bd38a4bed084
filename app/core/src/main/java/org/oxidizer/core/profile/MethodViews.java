package org.oxidizer.core.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One method's neighbourhood in a profile, as IntelliJ's profiler and Pyroscope's sandwich view show it: its
 * <b>back traces</b> (who calls it, merged from every stack it is on, the method at the root and its callers above)
 * and its <b>merged callees</b> (what it calls, merged from every place it is called from). Both are profiles of
 * their own, so the call tree, the hot-method table and the flame graph draw them as they draw a whole profile.
 * A sample is counted once however often the method recurs in its stack: at its outermost call.
 */
public final class MethodViews {

    private MethodViews() {
    }

    /**
     * The frame a person means by {@code text}: the frame equal to it, else the only frame containing it.
     *
     * @throws IllegalArgumentException in one sentence when none or several frames contain it (naming up to five)
     */
    public static String frame(Profile profile, String text) {
        Set<String> containing = new TreeSet<>();
        for (String frame : profile.frames()) {
            if (frame.equals(text)) {
                return frame;
            }
            if (frame.contains(text) && !Profile.isThreadFrame(frame)) {
                containing.add(frame);
            }
        }
        if (containing.size() == 1) {
            return containing.iterator().next();
        }
        if (containing.isEmpty()) {
            throw new IllegalArgumentException("no frame of " + profile.source() + " contains '" + text + "'");
        }
        List<String> some = new ArrayList<>(containing).subList(0, Math.min(5, containing.size()));
        throw new IllegalArgumentException(containing.size() + " frames contain '" + text + "', e.g. " + String.join(", ", some)
            + "; name one whole");
    }

    /** Back traces of {@code frame}: stacks from it up to their roots (thread roots left out), the method first. */
    public static Profile callers(Profile profile, String frame) {
        return view(profile, frame, true);
    }

    /** Merged callees of {@code frame}: stacks from it down to the sampled frame, the method first. */
    public static Profile callees(Profile profile, String frame) {
        return view(profile, frame, false);
    }

    private static Profile view(Profile profile, String frame, boolean callers) {
        ProfileBuilder b = new ProfileBuilder(profile.source() + (callers ? " [callers of " : " [callees of ") + frame + "]",
            profile.unit());
        int target = profile.frames().indexOf(frame);
        if (target < 0) {
            return b.build();
        }
        for (int s = 0; s < profile.stacks().size(); s++) {
            int[] stack = profile.stacks().get(s);
            int first = stack.length > 0 && Profile.isThreadFrame(profile.frame(stack[0])) ? 1 : 0;
            int at = -1;
            for (int i = first; i < stack.length; i++) {
                if (stack[i] == target) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                continue;
            }
            int[] view;
            if (callers) {
                view = new int[at - first + 1];
                for (int i = at, j = 0; i >= first; i--, j++) {
                    view[j] = b.frame(profile.frame(stack[i]));
                }
            } else {
                view = new int[stack.length - at];
                for (int i = at, j = 0; i < stack.length; i++, j++) {
                    view[j] = b.frame(profile.frame(stack[i]));
                }
            }
            b.add(view, profile.counts()[s]);
        }
        return b.build();
    }
}
