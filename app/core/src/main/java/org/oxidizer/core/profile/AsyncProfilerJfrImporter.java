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
     * @return null when the recording was not made by async-profiler (or cannot be opened by its reader)
     */
    Profile readIfOurs(Path file, JfrImporter.Kind kind) throws ProfileFormatException {
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
        ProfileBuilder profile = new ProfileBuilder(file.getFileName().toString());
        long events = 0;
        try (JfrReader reader = opened) {
            // Count per (thread, stack trace) first: one map update per event, each stack built once.
            java.util.Map<Long, long[]> counts = new java.util.HashMap<>();
            if (kind.bytes()) {
                events = countBytes(reader, kind == JfrImporter.Kind.LEAKS, counts);
            } else {
                for (Event e; (e = reader.readEvent(type)) != null; events++) {
                    counts.computeIfAbsent(((long) e.tid << 32) | (e.stackTraceId & 0xffffffffL), k -> new long[1])[0]++;
                }
            }
            java.util.Map<Integer, int[]> traces = new java.util.HashMap<>();
            for (java.util.Map.Entry<Long, long[]> c : counts.entrySet()) {
                int tid = (int) (c.getKey() >>> 32);
                int traceId = (int) (long) c.getKey();
                int[] frames = traces.computeIfAbsent(traceId, id -> kind.bytes() ? withoutHook(profile, frames(reader, profile, id))
                    : frames(reader, profile, id));
                int[] stack = new int[frames.length + 1];
                String name = reader.threads.get(tid);
                stack[0] = profile.frame("[" + (name == null ? "unknown" : name) + " tid=" + tid + "]");
                System.arraycopy(frames, 0, stack, 1, frames.length);
                profile.add(stack, c.getValue()[0]);
            }
        } catch (IOException | RuntimeException e) {
            throw new ProfileFormatException(file.getFileName() + ": not a readable JFR recording (after " + events
                + " events): " + e);
        }
        return profile.build();
    }

    /**
     * Bytes by (thread, stack): every malloc's size, or with {@code leaks} only those whose address no later free
     * released (a free carries the address and no size). Returns the events read.
     */
    private static long countBytes(JfrReader reader, boolean leaks, java.util.Map<Long, long[]> counts) throws IOException {
        long events = 0;
        java.util.Map<Long, MallocEvent> live = new java.util.HashMap<>();
        for (MallocEvent e; (e = reader.readEvent(MallocEvent.class)) != null; events++) {
            if (e.size <= 0) {
                live.remove(e.address);
            } else if (leaks) {
                live.put(e.address, e);
            } else {
                counts.computeIfAbsent(((long) e.tid << 32) | (e.stackTraceId & 0xffffffffL), k -> new long[1])[0] += e.size;
            }
        }
        for (MallocEvent e : live.values()) {
            counts.computeIfAbsent(((long) e.tid << 32) | (e.stackTraceId & 0xffffffffL), k -> new long[1])[0] += e.size;
        }
        return events;
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
