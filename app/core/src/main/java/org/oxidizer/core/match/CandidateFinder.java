package org.oxidizer.core.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oxidizer.core.profile.HotMethods;
import org.oxidizer.core.profile.Hotspot;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.kernels.catalog.KernelCatalog;

/**
 * The hot Java methods of a profile that a kernel could replace, and for the others why not: the hot
 * frames' class files are read and each method is matched with the catalog's shapes by exact types.
 */
public final class CandidateFinder {

    /** Methods below this share of all samples (on the stack) are not worth a swap. */
    public static final double DEFAULT_MIN_TOTAL_PERCENT = 1.0;

    private final ClassFiles classFiles;
    private final KernelMatcher matcher;

    public CandidateFinder(ClassFiles classFiles, KernelCatalog catalog) {
        this.classFiles = classFiles;
        this.matcher = new KernelMatcher(catalog);
    }

    /** Candidates holding at least {@value #DEFAULT_MIN_TOTAL_PERCENT}% of the samples, hottest (total share) first. */
    public List<MigrationCandidate> find(Profile profile) {
        return find(profile, DEFAULT_MIN_TOTAL_PERCENT);
    }

    /** Hot Java methods outside the JDK with at least {@code minTotalPercent} of the samples, hottest first. */
    public List<MigrationCandidate> find(Profile profile, double minTotalPercent) {
        Map<String, Optional<byte[]>> read = new HashMap<>();
        Set<JavaFrame> seen = new HashSet<>();
        List<MigrationCandidate> candidates = new ArrayList<>();
        for (Hotspot hot : HotMethods.byTotal(profile)) {
            Optional<JavaFrame> frame = JavaFrame.parse(hot.frame());
            // One method can appear under several frames (async-profiler's _[j]/_[i] annotations): keep the hottest.
            if (hot.totalPercent() >= minTotalPercent && frame.isPresent() && !frame.get().isJdk() && seen.add(frame.get())) {
                candidates.addAll(candidates(hot, frame.get(), read.computeIfAbsent(frame.get().className(), classFiles::read)));
            }
        }
        candidates.sort(Comparator.comparingDouble(MigrationCandidate::totalPercent)
            .thenComparingDouble(MigrationCandidate::selfPercent).reversed());
        return candidates;
    }

    /** One candidate per method the hotspot's frame may mean (overloads share a frame); none for non-Java frames. */
    public List<MigrationCandidate> candidates(Hotspot hotspot) {
        return JavaFrame.parse(hotspot.frame())
            .map(frame -> candidates(hotspot, frame, classFiles.read(frame.className())))
            .orElse(List.of());
    }

    private List<MigrationCandidate> candidates(Hotspot hot, JavaFrame frame, Optional<byte[]> classFile) {
        if (classFile.isEmpty()) {
            return List.of(unmatched(hot, "the class file of " + frame.className() + " could not be read from "
                + classFiles.describe()));
        }
        List<MethodAnalysis> methods;
        try {
            methods = MethodAnalysis.of(classFile.get(), frame.methodName());
        } catch (RuntimeException e) {
            return List.of(unmatched(hot, "the class file of " + frame.className() + " could not be parsed: " + e));
        }
        if (methods.isEmpty()) {
            return List.of(unmatched(hot, "the class file of " + frame.className() + " has no method " + frame.methodName()));
        }
        List<MigrationCandidate> candidates = new ArrayList<>();
        for (MethodAnalysis method : methods) {
            KernelMatcher.Result result = matcher.match(method);
            MigrationCandidate candidate = new MigrationCandidate(hot.frame(), hot.selfPercent(), hot.totalPercent(),
                method, result.matches(), List.of());
            candidates.add(candidate.replaceable() ? candidate : new MigrationCandidate(hot.frame(), hot.selfPercent(),
                hot.totalPercent(), method, result.matches(), reasons(method, result)));
        }
        return candidates;
    }

    /** Why no kernel can replace the method: its shape first, then the kernels' refusals, then its body. */
    private static List<String> reasons(MethodAnalysis method, KernelMatcher.Result result) {
        List<String> reasons = new ArrayList<>();
        if (result.matches().isEmpty() && result.misses().isEmpty()) {
            reasons.add("no kernel for the shape " + method.signature() + " " + method.descriptor());
        }
        reasons.addAll(result.misses());
        result.matches().stream().filter(m -> !m.bindable()).forEach(m -> reasons.add(m.reason()));
        reasons.addAll(method.blockers());
        return reasons;
    }

    private static MigrationCandidate unmatched(Hotspot hot, String reason) {
        return new MigrationCandidate(hot.frame(), hot.selfPercent(), hot.totalPercent(), null, List.of(), List.of(reason));
    }
}
