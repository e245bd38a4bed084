package org.oxidizer.gui;

/** The system properties Surefire sets for TestFX under Monocle, for mains run outside Surefire. */
final class HeadlessFx {

    private HeadlessFx() {
    }

    static void configure() {
        setIfAbsent("testfx.robot", "glass");
        setIfAbsent("testfx.headless", "true");
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        setIfAbsent("java.awt.headless", "true");
        setIfAbsent("headless.geometry", "1280x800-32");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
