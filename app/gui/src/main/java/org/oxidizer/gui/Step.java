package org.oxidizer.gui;

/** The steps of the loop, in order; the step bar shows all of them all the time. */
public enum Step {
    TARGET("Target"), PROFILE("Profile"), HOTSPOTS("Hotspots"), MIGRATE("Migrate"), COMPARE("Compare"), REPORT("Report");

    private final String title;

    Step(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
