package org.oxidizer.core.target;

/**
 * A JVM running on this machine, as {@code jcmd -l} shows it.
 *
 * @param mainClass the main class or jar, as the JVM reports it
 * @param arguments the program's arguments, or empty
 */
public record LocalJvm(long pid, String mainClass, String arguments) {
}
