package org.oxidizer.gui.migrate;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.oxidizer.core.advice.Advice;
import org.oxidizer.core.live.LiveMigration;
import org.oxidizer.core.live.InPlaceMeter;
import org.oxidizer.core.live.LiveSession;
import org.oxidizer.core.live.RouteStatus;
import org.oxidizer.core.live.TargetGoneException;
import org.oxidizer.core.live.Verification;
import org.oxidizer.core.match.MigrationCandidate;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.target.ProfileResult;
import org.oxidizer.core.target.Target;
import org.oxidizer.core.task.BackgroundTask;
import org.oxidizer.core.task.Progress;
import org.oxidizer.core.task.TaskExecutor;
import org.oxidizer.core.task.TaskHandle;
import org.oxidizer.gui.model.Workbench;
import org.oxidizer.kernels.catalog.KernelCatalog;

/**
 * The loop on a running JVM, by clicking, as {@code oxidizer migrate} does it: profile the target, list the
 * methods a kernel can replace, verify a kernel on captured calls, read the advice, then swap, shadow, canary
 * or revert, with live counters of who serves the calls. All agent work runs through the task executor; the
 * counters are read on a ticker thread. A target that dies leaves its one sentence and what was recorded.
 */
public final class LiveMigrateViewModel {

    /** How a session with the chosen target begins: attach to it, or launch it and attach. */
    @FunctionalInterface
    public interface Opener {
        /** @param kernelJars kernel jars of one's own to add to the catalog, here and in the target */
        LiveSession open(Target target, Path dir, Progress progress, List<Path> kernelJars) throws Exception;
    }

    static final long POLL_MILLIS = 250;
    static final int CAPTURE_TIMEOUT_SECONDS = 60;
    static final int SWAP_WAIT_SECONDS = 30;

    private record Listing(LiveSession session, List<MigrationCandidate> candidates) {
    }

    private record Verified(LiveSession session, Verification verification, Advice advice, RouteStatus status) {
    }

    private record Routed(LiveMigration.SwapOutcome swap, RouteStatus before, RouteStatus now,
                          org.oxidizer.core.target.ProfileResult recording) {
    }

    private final Workbench workbench;
    private final TaskExecutor tasks;
    private final Opener opener;
    private final Executor uiThread;
    private final Ticker ticker;
    private final Function<String, Path> runDirs;
    private final ObservableList<CandidateRow> candidates = FXCollections.observableArrayList();
    private final ObservableList<CandidateRow> candidatesView = FXCollections.unmodifiableObservableList(candidates);
    private final Map<String, LiveMethod> methods = new HashMap<>();
    /** Per watched method of the open session, read on the ticker thread only. */
    private final Map<String, InPlaceMeter> meters = new java.util.concurrent.ConcurrentHashMap<>();
    private final ReadOnlyObjectWrapper<CandidateRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper kernelProject = new ReadOnlyStringWrapper("");
    private final javafx.collections.ObservableList<Path> kernelJars = javafx.collections.FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LiveMethod> current = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty profileSeconds = new SimpleIntegerProperty(5);
    private final IntegerProperty calls = new SimpleIntegerProperty(LiveSession.DEFAULT_CAPTURE_CALLS);
    private final IntegerProperty shadowCalls = new SimpleIntegerProperty(200);
    private final IntegerProperty canaryPercent = new SimpleIntegerProperty(10);
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper verifying = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper session = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final LiveCommands commands = new LiveCommands();
    private LiveSession live;
    /** The candidates on show came from the profile already taken, before any session: verifying opens one. */
    private boolean fromProfile;
    private TaskHandle handle;
    private Runnable stopTicking;
    private volatile String watched;

    /**
     * @param uiThread where counters read on the ticker thread are shown (the FX thread)
     * @param runDirs  a fresh folder for a run whose kind is given ("live")
     */
    public LiveMigrateViewModel(Workbench workbench, TaskExecutor tasks, Opener opener, Executor uiThread, Ticker ticker,
                                Function<String, Path> runDirs) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.opener = opener;
        this.uiThread = uiThread;
        this.ticker = ticker;
        this.runDirs = runDirs;
        workbench.targetProperty().addListener((o, was, now) -> {
            end();
            fromProfile = false;
            candidates.clear();
            methods.clear();
            select(null);
            error.set("");
            message.set("");
            session.set("");
            refresh();
        });
        workbench.profileProperty().addListener((o, was, now) -> fromProfile());
        fromProfile();
        refresh();
    }

    /**
     * The candidates of the profile the user already took, at once and without a live JVM (class files from the
     * target's class path): the session is opened only when a verification needs it.
     */
    private void fromProfile() {
        Target target = workbench.target();
        ProfileResult result = workbench.profile();
        if (live != null || target == null || result == null || !target.canRun()) {
            return;
        }
        tasks.execute(BackgroundTask.of("Candidates of " + target.name() + "'s profile",
                p -> LiveMigration.fromProfile(target, result.profile(), KernelCatalog.bundled()))
            .onSuccess(found -> {
                if (found.isEmpty() || live != null || !target.equals(workbench.target()) || result != workbench.profile()) {
                    return;
                }
                show(found.get());
                fromProfile = true;
                long replaceable = candidates.stream().filter(CandidateRow::replaceable).count();
                message.set(candidates.isEmpty() ? "no hot application method in the profile you took"
                    : "from the profile you took: " + candidates.size() + " hot methods, " + replaceable + " of them"
                        + " replaceable by a kernel; verifying one " + (target.kind() == Target.Kind.ATTACH
                            ? "attaches to JVM " + target.pid() : (target.kind() == Target.Kind.SAMPLE
                                ? "launches the sample in the background at its live size"
                                : "launches the target in the background") + " and attaches to it"));
                refresh();
            }));
    }

    // ---- what the view reads

    public ObservableList<CandidateRow> candidates() {
        return candidatesView;
    }

    public ReadOnlyObjectProperty<CandidateRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** What is known about the selected method: verification, advice, swap, counters. */
    public ReadOnlyObjectProperty<LiveMethod> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public IntegerProperty profileSecondsProperty() {
        return profileSeconds;
    }

    /** Live calls to capture for a verification. */
    public IntegerProperty callsProperty() {
        return calls;
    }

    public IntegerProperty shadowCallsProperty() {
        return shadowCalls;
    }

    public IntegerProperty canaryPercentProperty() {
        return canaryPercent;
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty verifyingProperty() {
        return verifying.getReadOnlyProperty();
    }

    /** The running task's progress, 0..1 or negative while its end cannot be known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** Which JVM the session is on and what becomes of it when the session ends. */
    public ReadOnlyStringProperty sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** For the step bar: "live: swapped", empty without a session. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** Which commands can run now. */
    public LiveCommands commands() {
        return commands;
    }

    // ---- commands

    /** Opens a session with the target (launching it if needed), profiles it and lists the candidates; again when open. */
    public void connect() {
        if (!commands.canConnectProperty().get()) {
            return;
        }
        Target target = workbench.target();
        LiveSession existing = live;
        int seconds = Math.max(1, profileSeconds.get());
        Path dir = runDirs.apply("live");
        begin(existing == null ? (target.kind() == Target.Kind.ATTACH ? "attaching to JVM " + target.pid() + "..."
            : "launching " + target.name() + " in the background...") : "profiling JVM " + existing.pid() + "...");
        run(BackgroundTask.of("Live migration of " + target.name(), p -> {
            LiveSession s = existing != null ? existing : opener.open(target, dir, p.slice(0, 0.15), List.copyOf(kernelJars));
            try {
                Profile profile = s.profile(seconds, dir, p.slice(0.15, 1));
                return new Listing(s, s.candidates(profile));
            } catch (Exception | Error e) {
                if (s != existing) {
                    s.close();
                }
                throw e;
            }
        }).onSuccess(listing -> listed(listing, target)));
    }

    private void listed(Listing listing, Target target) {
        if (!target.equals(workbench.target())) {
            closeLater(listing.session());       // the user chose another target meanwhile
            return;
        }
        if (live == null) {
            opened(listing.session());
        }
        session.set(live.description());
        show(listing.candidates());
        long replaceable = candidates.stream().filter(CandidateRow::replaceable).count();
        message.set(candidates.isEmpty() ? "no hot application method in this profile; let the target work and profile again"
            : candidates.size() + " hot methods, " + replaceable + " of them replaceable by a kernel");
        workbench.setTargetState("live: JVM " + live.pid());
    }

    /** Lists candidates, keeping the selection (else the first replaceable one) and the verdicts already given. */
    private void show(List<MigrationCandidate> found) {
        String keep = selected.get() == null ? null : selected.get().key();
        candidates.setAll(found.stream().map(c -> {
            CandidateRow row = CandidateRow.of(c);
            LiveMethod m = methods.get(row.key());
            return m == null || m.advice() == null ? row : row.withVerdict(m.advice().verdictWords());
        }).toList());
        select(candidates.stream().filter(r -> r.key().equals(keep)).findFirst()
            .or(() -> candidates.stream().filter(CandidateRow::replaceable).findFirst())
            .orElse(candidates.isEmpty() ? null : candidates.get(0)));
    }

    /** Starts ticking on a session that just opened. */
    private void opened(LiveSession s) {
        live = s;
        fromProfile = false;
        meters.clear();
        stopTicking = ticker.every(POLL_MILLIS, () -> poll(s));
        session.set(s.description());
        workbench.setTargetState("live: JVM " + s.pid());
    }

    public void select(CandidateRow row) {
        if (row != selected.get()) {
            kernelProject.set("");
        }
        selected.set(row);
        watched = row == null ? null : row.key();
        current.set(row == null ? null : methods.getOrDefault(row.key(), LiveMethod.of(row.key())));
        refresh();
    }

    /** Captures the selected method's next calls, replays them through its kernel, and asks the advisor. */
    public void verify() {
        if (!commands.canVerifyProperty().get()) {
            return;
        }
        CandidateRow row = selected.get();
        LiveSession existing = live;
        Target target = workbench.target();
        Path dir = runDirs.apply("live");
        int n = Math.max(1, calls.get());
        begin(existing != null ? "capturing the next " + n + " calls of " + row.candidate().method().name() + "..."
            : (target.kind() == Target.Kind.ATTACH ? "attaching to JVM " + target.pid() : "launching " + target.name()
                + " in the background") + " to capture calls of " + row.candidate().method().name() + "...");
        verifying.set(true);
        run(BackgroundTask.of("Verifying " + row.candidate().method().name(), p -> {
            LiveSession s = existing != null ? existing : opener.open(target, dir, p.slice(0, 0.1), List.copyOf(kernelJars));
            try {
                // As `oxidizer migrate --swap` does: the method timed where it runs before anything is captured, so
                // the in-place chart has a "before" that neither the capture nor the A/B hold touched.
                p.report("timing " + row.candidate().method().name() + " where it runs (the in-place baseline)", 0.1);
                if (s.timeForBaseline(row.candidate())) {
                    meters.remove(row.key());
                    Thread.sleep(LiveSession.BASELINE_SECONDS * 1000L);
                }
                Verification v = s.captureAndVerify(row.candidate(), n, CAPTURE_TIMEOUT_SECONDS,
                    LiveSession.DEFAULT_MEASURE_MILLIS, p.slice(0.2, 1));
                return new Verified(s, v, s.advise(row.candidate(), v), s.status(row.key()).orElse(null));
            } catch (Exception | Error e) {
                if (s != existing) {
                    s.close();
                }
                throw e;
            }
        }).onSuccess(r -> {
            if (live == null) {
                if (!target.equals(workbench.target())) {
                    closeLater(r.session());
                    return;
                }
                opened(r.session());
            }
            update(row.key(), m -> m.verified(r.verification(), n, r.advice(), r.status()));
            setVerdict(row.key(), r.advice().verdictWords());
            message.set(String.format(java.util.Locale.ROOT, "verified on %d captured calls: %s; advisor: %s",
                r.verification().calls(), r.verification().passed() ? "identical" : "the kernel differs",
                r.advice().headline()));
            headline.set(r.verification().passed() ? "live: verified" : "live: kernel differs");
        }));
    }

    /** Kernel jars of one's own in this workbench's catalog (File > Add kernel jar, or the Migrate step's button). */
    public javafx.collections.ObservableList<Path> kernelJars() {
        return javafx.collections.FXCollections.unmodifiableObservableList(kernelJars);
    }

    /**
     * Adds a kernel jar of one's own ({@code oxidizer kernel build}): sessions opened from now on load it, and an open
     * one loads it now and profiles again, so its hot methods are matched against it.
     */
    public void addKernelJar(Path jar) {
        if (jar == null) {
            return;
        }
        if (!java.nio.file.Files.isRegularFile(jar)) {
            error.set("There is no kernel jar " + jar);
            return;
        }
        if (kernelJars.contains(jar)) {
            return;
        }
        LiveSession s = live;
        if (s == null || busy.get()) {
            kernelJars.add(jar);
            message.set("kernel jar " + jar.getFileName() + " added: the next session loads it");
            return;
        }
        begin("loading kernel jar " + jar.getFileName() + " into JVM " + s.pid() + "...");
        run(BackgroundTask.of("Adding a kernel jar", p -> {
            s.addKernelJars(List.of(jar));
            return jar;
        }).onSuccess(added -> {
            kernelJars.add(added);
            message.set("kernel jar " + added.getFileName() + " loaded into JVM " + s.pid() + "; profile again to match it");
        }));
    }

    /** What the last "Write a kernel project" did: the folder and the next commands, or empty. */
    public ReadOnlyStringProperty kernelProjectProperty() {
        return kernelProject.getReadOnlyProperty();
    }

    /**
     * Writes a kernel project for the selected hot method that no catalog kernel replaces ({@code oxidizer kernel new}),
     * from the class file the target has; a refused shape or body is said in the error line.
     */
    public void writeKernel() {
        if (!commands.canWriteKernelProperty().get()) {
            return;
        }
        CandidateRow row = selected.get();
        LiveSession s = live;
        Path parent = runDirs.apply("kernel");
        begin("writing a kernel project for " + row.candidate().method().name() + "...");
        kernelProject.set("");
        run(BackgroundTask.of("Writing a kernel project", p -> s.writeKernelProject(row.candidate(), parent))
            .onSuccess(dir -> {
                kernelProject.set("Wrote a kernel project for " + row.candidate().method().display() + " in\n" + dir
                    + "\nIn that folder, fill in native/src/kernel.rs, then:\n  oxidizer kernel build .\n  oxidizer capture --pid "
                    + s.pid() + " --method " + row.candidate().method().className() + "." + row.candidate().method().name()
                    + " --out calls.oxc\n  oxidizer kernel test . --calls calls.oxc\n  oxidizer migrate --pid " + s.pid()
                    + " --kernels build/*-kernel.jar --swap");
                message.set("kernel project written to " + dir);
            }));
    }

    /** Swaps the selected method for its kernel; refused (by the agent too) without a passing verification. */
    public void swap() {
        if (commands.canSwapProperty().get()) {
            swap(false);
        }
    }

    /** Swaps without a passing verification, on the user's word; the view confirms first, the result says so. */
    public void forceSwap() {
        if (commands.canForceSwapProperty().get()) {
            swap(true);
        }
    }

    private void swap(boolean force) {
        CandidateRow row = selected.get();
        LiveSession s = live;
        begin((force ? "force-swapping " : "swapping ") + row.candidate().method().name() + "...");
        Path dir = runDirs.apply("swap");
        run(BackgroundTask.of((force ? "Force-swapping " : "Swapping ") + row.candidate().method().name(), p -> {
            p.report("recording " + LiveSession.SWAP_RECORD_SECONDS + " s before the swap", -1);
            RouteStatus before = s.status(row.key()).orElse(null);
            LiveMigration.RecordedSwap recorded = s.swapRecorded(row.candidate(), force, SWAP_WAIT_SECONDS,
                LiveSession.SWAP_RECORD_SECONDS, dir, p);
            return new Routed(recorded.outcome(), before, recorded.outcome().status(), recorded.profile());
        }).onSuccess(r -> {
            update(row.key(), m -> m.routed(r.swap(), r.before(), r.now()));
            message.set(r.swap().sentence(SWAP_WAIT_SECONDS) + (r.recording() == null ? ""
                : "; the " + LiveSession.SWAP_RECORD_SECONDS + " s before and after it are in Hotspots, on the time line"));
            if (r.recording() != null) {
                workbench.profiled(r.recording());
            }
            headline.set(r.swap().forced() ? "live: SWAPPED UNVERIFIED" : "live: swapped");
            workbench.setTargetState(r.swap().forced() ? "live: swapped unverified" : "live: swapped");
        }));
    }

    /** Runs the kernel beside Java on the next calls; Java keeps answering, disagreements are counted. */
    public void shadow() {
        if (!commands.canShadowProperty().get()) {
            return;
        }
        CandidateRow row = selected.get();
        long n = Math.max(1, shadowCalls.get());
        route(row, "Shadowing", s -> s.shadow(row.candidate(), n),
            LiveMigration.shadowStarted(n), "live: shadow");
    }

    /** Lets the kernel serve a share of the calls. */
    public void canary() {
        if (!commands.canCanaryProperty().get()) {
            return;
        }
        CandidateRow row = selected.get();
        int pct = Math.max(1, Math.min(100, canaryPercent.get()));
        route(row, "Canary", s -> s.canary(row.candidate(), pct),
            LiveMigration.canaryStarted(pct), "live: canary " + pct + "%");
    }

    private interface RouteChange {
        void apply(LiveSession s) throws Exception;
    }

    private void route(CandidateRow row, String title, RouteChange change, String done, String newHeadline) {
        LiveSession s = live;
        begin(title.toLowerCase(java.util.Locale.ROOT) + " " + row.candidate().method().name() + "...");
        run(BackgroundTask.of(title + " " + row.candidate().method().name(), p -> {
            RouteStatus before = s.status(row.key()).orElse(null);
            change.apply(s);
            return new Routed(null, before, s.status(row.key()).orElse(null), null);
        }).onSuccess(r -> {
            update(row.key(), m -> m.routed(null, r.before(), r.now()));
            message.set(done);
            headline.set(newHeadline);
        }));
    }

    /** Restores the selected method's Java body; the agent forgets its verification, so a new swap needs a new one. */
    public void revert() {
        if (!commands.canRevertProperty().get()) {
            return;
        }
        CandidateRow row = selected.get();
        LiveSession s = live;
        begin("reverting " + row.candidate().frame() + "...");
        run(BackgroundTask.of("Reverting " + row.candidate().frame(), p -> s.revert(row.key())).onSuccess(was -> {
            update(row.key(), LiveMethod::reverted);
            message.set("reverted: Java serves every call of " + row.shortName() + " again; verify again before"
                + " another swap");
            headline.set("live: reverted");
            workbench.setTargetState("live: JVM " + s.pid() + ", reverted");
        }));
    }

    /** Stops the running profile or verification. */
    public void cancel() {
        if (handle != null) {
            handle.cancel();
        }
    }

    /** Ends the session: disconnects (in the background), and ends a target launched for it. What was recorded stays. */
    public void end() {
        LiveSession s = detach();
        if (s != null) {
            message.set("session ended");
            workbench.setTargetState("live session ended");
            closeLater(s);
        }
        refresh();
    }

    /** Ends the session at once, on this thread: for the workbench's own exit. */
    public void close() {
        LiveSession s = detach();
        if (s != null) {
            s.close();
        }
    }

    // ---- plumbing

    private LiveSession detach() {
        if (stopTicking != null) {
            stopTicking.run();
            stopTicking = null;
        }
        cancel();
        LiveSession s = live;
        live = null;
        connected.set(false);
        headline.set("");
        return s;
    }

    private void closeLater(LiveSession s) {
        tasks.execute(BackgroundTask.of("Ending the live session with JVM " + s.pid(), p -> {
            s.close();
            return Boolean.TRUE;
        }));
    }

    private void begin(String doing) {
        busy.set(true);
        error.set("");
        message.set(doing);
        progress.set(-1);
        progressText.set("");
        refresh();
    }

    private <T> void run(BackgroundTask<T> task) {
        handle = tasks.execute(task
            .onProgress((step, fraction) -> {
                progressText.set(step);
                progress.set(fraction);
            })
            .onFailure(this::failed)
            .onCancelled(() -> message.set("cancelled"))
            .onFinished(() -> {
                busy.set(false);
                verifying.set(false);
                progress.set(-1);
                progressText.set("");
                handle = null;
                refresh();
            }));
    }

    private void failed(Exception e) {
        if (e instanceof TargetGoneException) {
            died(e.getMessage());
        } else {
            message.set("");
            error.set(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** The target is gone: say how, in its one sentence, and keep the candidates, verification and counters. */
    private void died(String sentence) {
        LiveSession s = live;
        if (stopTicking != null) {
            stopTicking.run();
            stopTicking = null;
        }
        live = null;
        connected.set(false);
        message.set("");
        error.set(sentence);
        headline.set("live: target gone");
        if (s != null) {
            session.set("JVM " + s.pid() + " is gone; what was recorded is kept below");
            workbench.setTargetState("JVM " + s.pid() + " is gone");
            closeLater(s);
        }
        refresh();
    }

    /** On the ticker thread: read the watched method's counters, or notice the target died. */
    private void poll(LiveSession s) {
        String key = watched;
        if (!s.isAlive()) {
            String why = s.deathSentence();
            uiThread.execute(() -> {
                if (live == s) {
                    died(why);
                }
            });
            return;
        }
        if (key == null) {
            return;
        }
        try {
            InPlaceMeter meter = meters.computeIfAbsent(key, k -> new InPlaceMeter(s, k));
            meter.read();
            RouteStatus now = meter.status();
            List<InPlaceMeter.Point> readings = meter.points();
            String latency = meter.latencySentence();
            uiThread.execute(() -> {
                if (live == s) {
                    counted(key, now, readings, latency);
                }
            });
        } catch (TargetGoneException e) {
            uiThread.execute(() -> {
                if (live == s) {
                    died(e.getMessage());
                }
            });
        } catch (Exception e) {
            // a reading that failed while the target lives: the next tick tries again
        }
    }

    private void counted(String key, RouteStatus status, List<InPlaceMeter.Point> readings, String latency) {
        if (status == null && !methods.containsKey(key)) {
            return;
        }
        update(key, m -> m.withReadings(status, readings, latency));
    }

    private void update(String key, UnaryOperator<LiveMethod> change) {
        LiveMethod m = change.apply(methods.getOrDefault(key, LiveMethod.of(key)));
        methods.put(key, m);
        if (selected.get() != null && selected.get().key().equals(key)) {
            current.set(m);
        }
        if (connected.get() || live != null) {
            refresh();
        }
    }

    private void setVerdict(String key, String verdict) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).key().equals(key)) {
                CandidateRow row = candidates.get(i).withVerdict(verdict);
                boolean wasSelected = row.key().equals(watched);
                candidates.set(i, row);
                if (wasSelected) {
                    selected.set(row);
                }
            }
        }
    }

    private void refresh() {
        connected.set(live != null);
        commands.update(workbench.target(), live != null, fromProfile, busy.get(), selected.get(), current.get());
        if (live != null && headline.get().isEmpty()) {
            headline.set("live: JVM " + live.pid());
        }
    }
}
