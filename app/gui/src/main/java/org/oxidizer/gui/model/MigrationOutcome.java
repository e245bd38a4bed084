package org.oxidizer.gui.model;

import java.nio.file.Path;
import org.oxidizer.core.compare.Comparison;

/**
 * A finished before/after run.
 *
 * @param failure null for a sound run, else the one sentence saying why it cannot be trusted
 * @param outDir  where the runs left their profiles
 * @param command the CLI command that reproduces it
 */
public record MigrationOutcome(Comparison comparison, String failure, Path outDir, String command) {

    public boolean sound() {
        return failure == null;
    }
}
