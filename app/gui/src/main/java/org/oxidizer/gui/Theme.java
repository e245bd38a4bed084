package org.oxidizer.gui;

/** Light and dark looks; each is one stylesheet on top of the shared one. */
public enum Theme {
    LIGHT("light.css"), DARK("dark.css");

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    public String stylesheet() {
        return Theme.class.getResource(stylesheet).toExternalForm();
    }

    public static String base() {
        return Theme.class.getResource("base.css").toExternalForm();
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
