package org.oxidizer.core.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads stack samples from a JFR recording: one made by async-profiler ({@code jfr} output; handed to
 * {@link AsyncProfilerJfrImporter}) or one the JDK made itself ({@code -XX:StartFlightRecording}). Frames are named as in collapsed stacks
 * ({@code pkg.Class.method}, native symbols bare, kernel frames with {@code _[k]}), and each stack gets
 * its thread as a root frame ({@code [name tid=N]}), so the two formats compare directly.
 */
public final class JfrImporter {

    /** Which samples to read. */
    public enum Kind {
        CPU(Set.of("jdk.ExecutionSample")),
        WALL(Set.of("profiler.WallClockSample")),
        ALLOC(Set.of("jdk.ObjectAllocationInNewTLAB", "jdk.ObjectAllocationOutsideTLAB", "jdk.ObjectAllocationSample")),
        LOCK(Set.of("jdk.JavaMonitorEnter", "jdk.ThreadPark")),
        /** async-profiler's {@code nativemem}: bytes malloc'd by stack (weights are bytes, not samples). */
        NATIVEMEM(Set.of("profiler.Malloc")),
        /** async-profiler's {@code nativemem}: bytes malloc'd and not freed by the end of the recording, by stack. */
        LEAKS(Set.of("profiler.Malloc", "profiler.Free"));

        /** Whether a profile of this kind weighs bytes rather than counting samples. */
        public boolean bytes() {
            return this == NATIVEMEM || this == LEAKS;
        }

        final Set<String> eventTypes;

        Kind(Set<String> eventTypes) {
            this.eventTypes = eventTypes;
        }
    }

    private static final byte[] MAGIC = {'F', 'L', 'R', 0};

    /** True when the file starts like a JFR chunk. */
    public static boolean looksLikeJfr(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return java.util.Arrays.equals(head, MAGIC);
        }
    }

    public Profile read(Path file, Kind kind) throws IOException, ProfileFormatException {
        return read(file, kind, false).whole();
    }

    /** The recording's events of {@code kind} in time: the whole profile and the profile of any range. */
    public Timeline timeline(Path file, Kind kind) throws IOException, ProfileFormatException {
        return read(file, kind, true);
    }

    private Timeline read(Path file, Kind kind, boolean timed) throws IOException, ProfileFormatException {
        Timeline fast = new AsyncProfilerJfrImporter().readIfOurs(file, kind, timed);
        return fast != null ? fast : readWithJdk(file, kind, timed);
    }

    /** Through {@code jdk.jfr.consumer}: any recording, one object per event and frame. */
    Profile readWithJdk(Path file, Kind kind) throws IOException, ProfileFormatException {
        return readWithJdk(file, kind, false).whole();
    }

    Timeline readWithJdk(Path file, Kind kind, boolean timed) throws IOException, ProfileFormatException {
        ProfileBuilder profile = new ProfileBuilder(file.getFileName().toString(),
            kind.bytes() ? Profile.Unit.BYTES : Profile.Unit.SAMPLES);
        GrowingLongs times = new GrowingLongs();
        GrowingLongs stacks = new GrowingLongs();
        GrowingLongs weights = kind.bytes() ? new GrowingLongs() : null;     // a sample weighs 1
        java.util.Map<Long, RecordedEvent> live = new java.util.LinkedHashMap<>();   // LEAKS: mallocs not freed yet
        long events = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                events++;
                String type = event.getEventType().getName();
                if (!kind.eventTypes.contains(type)) {
                    continue;
                }
                if (kind == Kind.LEAKS) {
                    if ("profiler.Free".equals(type)) {
                        live.remove(event.getLong("address"));
                    } else {
                        live.put(event.getLong("address"), event);
                    }
                    continue;
                }
                add(profile, event, kind.bytes() ? event.getLong("size") : 1, timed, times, stacks, weights);
            }
            for (RecordedEvent malloc : live.values()) {
                add(profile, malloc, malloc.getLong("size"), timed, times, stacks, weights);
            }
        } catch (IOException | RuntimeException e) {
            throw new ProfileFormatException(file.getFileName() + ": not a readable JFR recording (after " + events
                + " events): " + e.getMessage());
        }
        Profile whole = profile.build();
        if (!timed) {
            return Timeline.none(whole, "the time line was not read");
        }
        long[] s = stacks.toArray();
        int[] ids = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            ids[i] = (int) s[i];
        }
        return Timeline.of(whole, times.toArray(), ids, weights == null ? null : weights.toArray(), 0, 0);
    }

    private static void add(ProfileBuilder profile, RecordedEvent event, long weight, boolean timed, GrowingLongs times,
                            GrowingLongs stacks, GrowingLongs weights) {
        RecordedStackTrace trace = event.getStackTrace();
        if (trace == null || weight <= 0) {
            return;
        }
        List<RecordedFrame> frames = trace.getFrames();
        int[] stack = stack(profile, thread(event), frames);
        if (stack.length > 2 && profile.frameName(stack[stack.length - 1]).endsWith("_hook")) {
            stack = java.util.Arrays.copyOf(stack, stack.length - 1);      // async-profiler's malloc interposer
        }
        int at = profile.addAt(stack, weight);
        if (timed) {
            java.time.Instant when = event.getStartTime();
            times.append(when.getEpochSecond() * 1_000_000_000L + when.getNano());
            stacks.append(at);
            if (weights != null) {
                weights.append(weight);
            }
        }
    }

    private static int[] stack(ProfileBuilder profile, String thread, List<RecordedFrame> frames) {
        int[] stack = new int[frames.size() + 1];
        stack[0] = profile.frame(thread);
        for (int i = 0; i < frames.size(); i++) {
            stack[frames.size() - i] = profile.frame(name(frames.get(i)));   // JFR lists the leaf first
        }
        return stack;
    }

    static String name(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        if (method == null) {
            return "[unknown]";
        }
        String type = frame.getType();
        if ("Kernel".equals(type)) {
            return method.getName() + "_[k]";
        }
        if ("Native".equals(type) || "C++".equals(type)) {
            return method.getName();
        }
        String owner = method.getType() == null ? "" : method.getType().getName();
        return owner.isEmpty() ? method.getName() : owner + "." + method.getName();
    }

    private static String thread(RecordedEvent event) {
        RecordedThread t = event.hasField("sampledThread") ? event.getThread("sampledThread") : event.getThread();
        if (t == null) {
            return "[unknown tid=0]";      // still a thread root, so it never counts as a method
        }
        String name = t.getJavaName() != null ? t.getJavaName() : t.getOSName();
        return "[" + name + " tid=" + t.getOSThreadId() + "]";
    }
}
