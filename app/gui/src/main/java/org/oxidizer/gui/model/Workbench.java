package org.oxidizer.gui.model;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.oxidizer.core.target.ProfileResult;
import org.oxidizer.core.target.Target;

/**
 * The state of the loop that every step reads: the target, its profile, the before/after outcome and the
 * exported report. Choosing another target clears what was learnt about the previous one.
 */
public final class Workbench {

    private final ReadOnlyObjectWrapper<Target> target = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper targetState = new ReadOnlyStringWrapper("no target chosen");
    private final ReadOnlyObjectWrapper<ProfileResult> profile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MigrationOutcome> migration = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Path>> exported = new ReadOnlyObjectWrapper<>(List.of());

    public ReadOnlyObjectProperty<Target> targetProperty() {
        return target.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targetStateProperty() {
        return targetState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ProfileResult> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MigrationOutcome> migrationProperty() {
        return migration.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Path>> exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    public Target target() {
        return target.get();
    }

    public ProfileResult profile() {
        return profile.get();
    }

    public MigrationOutcome migration() {
        return migration.get();
    }

    public void chooseTarget(Target choice) {
        if (choice.equals(target.get())) {
            return;
        }
        profile.set(null);
        migration.set(null);
        exported.set(List.of());
        target.set(choice);
        targetState.set(choice.canRun() ? "ready" : "opened from a file");
    }

    public void setTargetState(String state) {
        targetState.set(state);
    }

    public void profiled(ProfileResult result) {
        profile.set(result);
    }

    public void migrated(MigrationOutcome outcome) {
        exported.set(List.of());
        migration.set(outcome);
    }

    public void exported(List<Path> files) {
        exported.set(List.copyOf(files));
    }

    /** Puts back a saved session as a whole, without the clearing that choosing a target does. */
    public void restore(Target choice, ProfileResult savedProfile, MigrationOutcome savedMigration, List<Path> files) {
        target.set(choice);
        targetState.set(choice == null ? "no target chosen" : "reopened");
        profile.set(savedProfile);
        migration.set(savedMigration);
        exported.set(files == null ? List.of() : List.copyOf(files));
    }
}
