package org.oxidizer.gui;

import javafx.application.Application;

/**
 * Starts the workbench. A separate class from {@link OxidizerApp} because the java launcher refuses a main
 * class that extends {@code Application} when JavaFX is on the class path rather than the module path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(OxidizerApp.class, args);
    }
}
