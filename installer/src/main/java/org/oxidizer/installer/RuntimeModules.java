package org.oxidizer.installer;

import java.util.List;

/**
 * The JDK modules linked into the bundled runtime. It serves twice: it runs the workbench, and its
 * {@code bin/java} runs the targets the workbench launches (core takes {@code java.home}), so it holds all of
 * Java SE, not only what jdeps finds in our jars: a user's jar launched with {@code profile --jar} must not
 * meet a missing standard module. All of Java SE costs ~4 MB over the bare minimum.
 */
final class RuntimeModules {

    static final List<String> ALL = List.of(
        // Every standard API: java.desktop for JavaFX and JFreeChart, java.sql for Jackson, java.prefs for
        // the GUI's settings, java.instrument for our agent in targets, java.management(.rmi) for its MXBeans.
        "java.se",
        "jdk.attach",              // attach to running JVMs (jvms, profile --pid, migrate)
        "jdk.management.agent",    // a target starts its local JMX agent when the workbench attaches
        "jdk.management",          // com.sun.management: process CPU time and memory, in targets too
        "jdk.management.jfr",
        "jdk.jfr",                 // JFR import (jdk.jfr.consumer)
        "jdk.unsupported",         // sun.misc.Unsafe: JNA, JavaFX, ByteBuddy in the agent
        "jdk.unsupported.desktop", // javafx.swing requires it
        // Cheap modules that ordinary applications launched as targets tend to need.
        "jdk.crypto.ec",           // TLS with EC certificates
        "jdk.charsets",            // GBK, Shift_JIS and the other non-Unicode charsets
        "jdk.zipfs",
        "jdk.net",
        "jdk.httpserver");

    private RuntimeModules() {
    }
}
