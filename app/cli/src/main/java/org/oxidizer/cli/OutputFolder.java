package org.oxidizer.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where a command writes when no --out is given: a fresh timestamped folder under ./oxidizer-out. */
final class OutputFolder {

    private OutputFolder() {
    }

    static Path orDefault(Path chosen) {
        return chosen != null ? chosen
            : Path.of("oxidizer-out", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }
}
