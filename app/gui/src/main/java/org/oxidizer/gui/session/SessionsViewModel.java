package org.oxidizer.gui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.oxidizer.core.target.ProfileResult;
import org.oxidizer.core.target.Target;
import org.oxidizer.core.task.BackgroundTask;
import org.oxidizer.core.task.TaskExecutor;
import org.oxidizer.gui.model.Workbench;

/** Saves the session after every result, lists saved sessions and recent targets, and reopens a session. */
public final class SessionsViewModel {

    private final Workbench workbench;
    private final TaskExecutor tasks;
    private final SessionStore store;
    private final ObservableList<Path> sessions = FXCollections.observableArrayList();
    private final ObservableList<Path> sessionsView = FXCollections.unmodifiableObservableList(sessions);
    private final ObservableList<Target> recentTargets = FXCollections.observableArrayList();
    private final ObservableList<Target> recentView = FXCollections.unmodifiableObservableList(recentTargets);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private boolean restoring;
    private Consumer<SessionFile> onOpened = s -> { };

    public SessionsViewModel(Workbench workbench, TaskExecutor tasks, SessionStore store) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.store = store;
        workbench.profileProperty().addListener((o, was, now) -> save());
        workbench.migrationProperty().addListener((o, was, now) -> save());
        workbench.exportedProperty().addListener((o, was, now) -> save());
        refresh();
    }

    public ObservableList<Path> sessions() {
        return sessionsView;
    }

    public ObservableList<Target> recentTargets() {
        return recentView;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public SessionStore store() {
        return store;
    }

    public void setOnOpened(Consumer<SessionFile> listener) {
        this.onOpened = listener;
    }

    /** Re-reads the saved sessions in the background. */
    public void refresh() {
        tasks.execute(BackgroundTask.of("Listing sessions", progress -> new Listing(store.sessions(), store.recentTargets(8)))
            .onSuccess(listing -> {
                sessions.setAll(listing.sessions());
                recentTargets.setAll(listing.targets());
            }));
    }

    private record Listing(List<Path> sessions, List<Target> targets) {
    }

    private void save() {
        if (restoring || workbench.profile() == null && workbench.migration() == null) {
            return;
        }
        Target target = workbench.target();
        ProfileResult profile = workbench.profile();
        var migration = workbench.migration();
        List<Path> exported = workbench.exportedProperty().get();
        tasks.execute(BackgroundTask.of("Saving the session", progress -> {
            store.save(target, profile, migration, exported);
            return store.current();
        }).onSuccess(dir -> {
            message.set("session saved in " + dir);
            refresh();
        }).onFailure(e -> message.set("Could not save the session: " + e.getMessage())));
    }

    /** Opens a saved session: {@code session.json} or its folder. */
    public void open(Path path) {
        Path file = path.getFileName().toString().equals(SessionStore.FILE) ? path : path.resolve(SessionStore.FILE);
        tasks.execute(BackgroundTask.of("Opening session " + file.getParent().getFileName(), progress -> {
            SessionFile session = store.load(file);
            ProfileResult profile = session.profile() == null ? null : SessionStore.readProfile(session.profile());
            return new Opened(session, profile);
        }).onSuccess(opened -> {
            restoring = true;
            try {
                workbench.restore(opened.session().target(), opened.profile(), opened.session().migration(),
                    opened.session().exported());
            } finally {
                restoring = false;
            }
            message.set("reopened " + file.getParent().getFileName());
            onOpened.accept(opened.session());
        }).onFailure(e -> message.set("Could not open " + file + ": " + e.getMessage())));
    }

    private record Opened(SessionFile session, ProfileResult profile) {
    }
}
