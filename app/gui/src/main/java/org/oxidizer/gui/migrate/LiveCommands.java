package org.oxidizer.gui.migrate;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.oxidizer.gui.model.TargetChoice;

/**
 * Which live commands can run now, as the buttons show it. The rules: nothing while a task runs; a swap or
 * a canary only after a passing verification the agent still holds; nothing to force once that passed; no
 * capture while the kernel serves the calls.
 */
public final class LiveCommands {

    private final ReadOnlyStringWrapper connectLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canConnect = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canVerify = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSwap = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canForceSwap = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canShadow = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canCanary = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRevert = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canEnd = new ReadOnlyBooleanWrapper();

    /**
     * @param open  whether a session with a live target is open
     * @param row   the selected candidate, or null
     * @param m     what is known about it, or null
     */
    void update(TargetChoice target, boolean open, boolean busy, CandidateRow row, LiveMethod m) {
        boolean idle = open && !busy;
        boolean replaceable = idle && row != null && row.replaceable() && m != null;
        boolean routed = m != null && (m.swapped() || "canary".equals(m.mode()));
        connectLabel.set(open ? "Profile again"
            : target != null && target.kind() == TargetChoice.Kind.ATTACH ? "Attach and profile" : "Launch and profile");
        canConnect.set(!busy && target != null && target.canRun());
        canVerify.set(replaceable && !routed);
        canSwap.set(replaceable && m.passed() && !m.swapped());
        canForceSwap.set(replaceable && !m.passed() && !m.swapped());
        canShadow.set(replaceable && !routed);
        canCanary.set(replaceable && m.passed());
        canRevert.set(idle && m != null && m.woven());
        canEnd.set(idle);
    }

    /** "Launch and profile", "Attach and profile", "Profile again". */
    public ReadOnlyStringProperty connectLabelProperty() {
        return connectLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canConnectProperty() {
        return canConnect.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canVerifyProperty() {
        return canVerify.getReadOnlyProperty();
    }

    /** Only after a passing verification the agent still holds. */
    public ReadOnlyBooleanProperty canSwapProperty() {
        return canSwap.getReadOnlyProperty();
    }

    /** Swapping without a passing verification: the view asks first. */
    public ReadOnlyBooleanProperty canForceSwapProperty() {
        return canForceSwap.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canShadowProperty() {
        return canShadow.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCanaryProperty() {
        return canCanary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRevertProperty() {
        return canRevert.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canEndProperty() {
        return canEnd.getReadOnlyProperty();
    }
}
