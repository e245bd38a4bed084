package org.oxidizer.gui.migrate;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.oxidizer.core.target.Target;

/**
 * Which live commands can run now, as the buttons show it. The rules: nothing while a task runs; a candidate
 * listed from the profile already taken can be verified before any session (that opens one); a swap or
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
    private final ReadOnlyBooleanWrapper canWriteKernel = new ReadOnlyBooleanWrapper();

    /**
     * @param open  whether a session with a live target is open
     * @param listedFromProfile the candidates came from the profile already taken, no session was opened yet
     * @param row   the selected candidate, or null
     * @param m     what is known about it, or null
     */
    void update(Target target, boolean open, boolean listedFromProfile, boolean busy, CandidateRow row, LiveMethod m) {
        boolean idle = open && !busy;
        boolean replaceable = idle && row != null && row.replaceable() && m != null;
        boolean routed = m != null && (m.swapped() || "canary".equals(m.mode()));
        // A candidate listed from the profile already taken: verifying it opens the session (launch or attach).
        boolean fromProfile = listedFromProfile && !open && !busy && row != null && row.replaceable() && target != null
            && target.canRun();
        connectLabel.set(open ? "Profile again"
            : target != null && target.kind() == Target.Kind.ATTACH ? "Attach and profile" : "Launch and profile");
        canConnect.set(!busy && target != null && target.canRun());
        canVerify.set(replaceable && !routed || fromProfile);
        canSwap.set(replaceable && m.passed() && !m.swapped());
        canForceSwap.set(replaceable && !m.passed() && !m.swapped());
        canShadow.set(replaceable && !routed);
        canCanary.set(replaceable && m.passed());
        canRevert.set(idle && m != null && m.woven());
        canEnd.set(idle);
        canWriteKernel.set(idle && row != null && !row.replaceable() && row.candidate().method() != null);
    }

    /** A hot method no catalog kernel replaces, in an open session: write a kernel project of one's own for it. */
    public ReadOnlyBooleanProperty canWriteKernelProperty() {
        return canWriteKernel.getReadOnlyProperty();
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
