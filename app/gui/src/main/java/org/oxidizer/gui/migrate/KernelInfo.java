package org.oxidizer.gui.migrate;

import java.util.List;

/**
 * A catalog kernel as the Migrate view lists it.
 *
 * @param replaces the Java method shapes it can stand in for, as people write them
 */
public record KernelInfo(String id, String summary, List<String> replaces, String threads, String tolerance,
                         List<String> semantics) {

    public KernelInfo {
        replaces = List.copyOf(replaces);
        semantics = List.copyOf(semantics);
    }
}
