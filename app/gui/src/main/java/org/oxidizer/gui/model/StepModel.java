package org.oxidizer.gui.model;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** What a step shows in the step bar: a one-line summary, and whether it has what it needs from the steps before. */
public interface StepModel {

    /** "text-aggregation", "4,654 samples, cpu", "needs a profile", ... */
    ReadOnlyStringProperty summaryProperty();

    ReadOnlyBooleanProperty readyProperty();
}
