package org.oxidizer.core.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import one.jfr.ClassRef;
import one.jfr.JfrReader;
import one.jfr.MethodRef;
import one.jfr.StackTrace;
import one.jfr.event.AllocationSample;
import one.jfr.event.ContendedLock;
import one.jfr.event.Event;
import one.jfr.event.ExecutionSample;
import one.jfr.event.MallocEvent;

/**
 * Reads a JFR recording made by async-profiler with async-profiler's own streaming reader: stack traces
 * and frames are resolved once per distinct trace from the recording's pools, not once per sample.
 * Frames and thread roots are named exactly as {@link JfrImporter} and the collapsed importer name them.
 */
final class AsyncProfilerJfrImporter {

    private static final byte KERNEL = 5;
    private static final byte NATIVE = 3;
    private static final byte CPP = 4;

    /** True when the recording declares async-profiler's own event types. */
    static boolean recognizes(Path file) {
        try (JfrReader reader = new JfrReader(file.toString())) {
            return madeByAsyncProfiler(reader);
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean madeByAsyncProfiler(JfrReader reader) {
        return reader.typesByName.keySet().stream().anyMatch(name -> name.startsWith("profiler."));
    }

    /**
     * async-profiler records one event per session, so cpu and wall both arrive as execution samples;
     * alloc and lock have their own event classes.
     *
     * @param timed keep every event's moment for a {@link Timeline} (otherwise the time line says it was not read)
     * @return null when the recording was not made by async-profiler (or cannot be opened by its reader)
     */
    Timeline readIfOurs(Path file, JfrImporter.Kind kind, boolean timed) throws ProfileFormatException {
        JfrReader opened;
        try {
            opened = new JfrReader(file.toString());
        } catch (IOException | RuntimeException e) {
            return null;            // the JDK's reader will say what is wrong with it
        }
        if (!madeByAsyncProfiler(opened)) {
            try {
                opened.close();
            } catch (IOException e) {
                // nothing was read through it
            }
            return null;
        }
        Class<? extends Event> type = switch (kind) {
            case CPU, WALL -> ExecutionSample.class;
            case ALLOC -> AllocationSample.class;
            case LOCK -> ContendedLock.class;
            case NATIVEMEM, LEAKS -> MallocEvent.class;
        };
        ProfileBuilder profile = new ProfileBuilder(file.getFileName().toString(),
            kind.bytes() ? Profile.Unit.BYTES : Profile.Unit.SAMPLES);
        Events events = new Events(timed, kind.bytes());
        try (JfrReader reader = opened) {
            // Each distinct (thread, stack trace) once: one map update per event, each stack built once.
            if (kind == JfrImporter.Kind.LEAKS) {
                java.util.Map<Long, MallocEvent> live = new java.util.HashMap<>();
                java.util.Map<Long, Long> at = timed ? new java.util.HashMap<>() : null;   // a moment is the chunk's to convert
                for (MallocEvent e; (e = reader.readEvent(MallocEvent.class)) != null; events.read++) {
                    if (e.size <= 0) {
                        live.remove(e.address);     // a free carries the address and no size
                    } else {
                        live.put(e.address, e);
                        if (at != null) {
                            at.put(e.address, reader.eventTimeToNanos(e.time));
                        }
                    }
                }
                for (MallocEvent e : live.values()) {
                    events.add(e, e.size, at == null ? 0 : at.get(e.address));
                }
            } else {
                for (Event e; (e = reader.readEvent(type)) != null; events.read++) {
                    long weight = kind.bytes() ? ((MallocEvent) e).size : 1;
                    if (weight > 0) {
                        events.add(e, weight, timed ? reader.eventTimeToNanos(e.time) : 0);
                    }
                }
            }
            int[] stackOfKey = new int[events.keys.size()];
            java.util.Map<Integer, int[]> traces = new java.util.HashMap<>();
            long[] keys = events.keys.toArray();
            long[] weights = events.keyWeights.toArray();
            for (int k = 0; k < keys.length; k++) {
                int tid = (int) (keys[k] >>> 32);
                int traceId = (int) keys[k];
                int[] frames = traces.computeIfAbsent(traceId, id -> kind.bytes() ? withoutHook(profile, frames(reader, profile, id))
                    : frames(reader, profile, id));
                int[] stack = new int[frames.length + 1];
                String name = reader.threads.get(tid);
                stack[0] = profile.frame("[" + (name == null ? "unknown" : name) + " tid=" + tid + "]");
                System.arraycopy(frames, 0, stack, 1, frames.length);
                stackOfKey[k] = profile.addAt(stack, weights[k]);
            }
            Profile whole = profile.build();
            if (!timed) {
                return Timeline.none(whole, "the time line was not read");
            }
            long[] keyOfEvent = events.keyOfEvent.toArray();
            int[] stacks = new int[keyOfEvent.length];
            for (int i = 0; i < stacks.length; i++) {
                stacks[i] = stackOfKey[(int) keyOfEvent[i]];
            }
            return Timeline.of(whole, events.times.toArray(), stacks, events.weights == null ? null : events.weights.toArray(),
                reader.startNanos, reader.endNanos);
        } catch (IOException | RuntimeException e) {
            throw new ProfileFormatException(file.getFileName() + ": not a readable JFR recording (after " + events.read
                + " events): " + e);
        }
    }

    /** The events read: each distinct (thread, trace) key with its weight, and per event its key, moment and weight. */
    private static final class Events {
        final boolean timed;
        final java.util.Map<Long, Integer> keyIndex = new java.util.HashMap<>();
        final GrowingLongs keys = new GrowingLongs();
        final GrowingLongs keyWeights = new GrowingLongs();
        final GrowingLongs keyOfEvent = new GrowingLongs();
        final GrowingLongs times = new GrowingLongs();
        /** Each event's weight, kept only when events weigh bytes (a sample weighs 1). */
        final GrowingLongs weights;
        long read;

        Events(boolean timed, boolean bytes) {
            this.timed = timed;
            this.weights = timed && bytes ? new GrowingLongs() : null;
        }

        void add(Event e, long weight, long epochNanos) {
            long key = ((long) e.tid << 32) | (e.stackTraceId & 0xffffffffL);
            Integer k = keyIndex.get(key);
            if (k == null) {
                k = keys.size();
                keyIndex.put(key, k);
                keys.append(key);
                keyWeights.append(0);
            }
            keyWeights.add(k, weight);
            if (timed) {
                keyOfEvent.append(k);
                times.append(epochNanos);
                if (weights != null) {
                    weights.append(weight);
                }
            }
        }
    }

    /** A malloc stack without async-profiler's own interposer at its leaf ({@code malloc_hook}, {@code realloc_hook}, ...). */
    private static int[] withoutHook(ProfileBuilder profile, int[] frames) {
        if (frames.length > 1 && profile.frameName(frames[frames.length - 1]).endsWith("_hook")) {
            return java.util.Arrays.copyOf(frames, frames.length - 1);
        }
        return frames;
    }

    /** Root-first frame ids of one stack trace; async-profiler stores them leaf first. */
    private static int[] frames(JfrReader reader, ProfileBuilder profile, long traceId) {
        StackTrace trace = reader.stackTraces.get(traceId);
        if (trace == null) {
            return new int[] {profile.frame("[unknown]")};
        }
        int n = trace.methods.length;
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[n - 1 - i] = profile.frame(name(reader, trace.methods[i], trace.types[i]));
        }
        return ids;
    }

    private static String name(JfrReader reader, long methodId, byte type) {
        MethodRef method = reader.methods.get(methodId);
        if (method == null) {
            return "[unknown]";
        }
        String name = symbol(reader, method.name);
        if (type == KERNEL) {
            return name + "_[k]";
        }
        if (type == NATIVE || type == CPP) {
            return name;
        }
        ClassRef cls = reader.classes.get(method.cls);
        String owner = cls == null ? "" : symbol(reader, cls.name).replace('/', '.');
        return owner.isEmpty() ? name : owner + "." + name;
    }

    private static String symbol(JfrReader reader, long id) {
        byte[] bytes = reader.symbols.get(id);
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
