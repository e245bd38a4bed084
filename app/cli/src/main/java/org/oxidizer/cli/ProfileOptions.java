package org.oxidizer.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.oxidizer.core.profile.CategoryRules;
import org.oxidizer.core.profile.ProfileFormatException;
import picocli.CommandLine.Option;

/** Options shared by the commands that show a profile. */
final class ProfileOptions {

    @Option(names = "--top", description = "How many methods to list (default: ${DEFAULT-VALUE}).")
    int top = 20;

    @Option(names = "--raw-frames", description = "List every frame that ran itself (kernel, JVM, JDK included) instead of"
        + " the application's own methods.")
    boolean rawFrames;

    @Option(names = "--thread", paramLabel = "NAME", description = "Only samples of threads whose name contains NAME.")
    String thread;

    @Option(names = "--categories", paramLabel = "FILE",
        description = "Extra category rules, one 'category: frame-glob' per line; they win over the defaults.")
    Path categories;

    CategoryRules rules() throws IOException, ProfileFormatException {
        return categories == null ? CategoryRules.defaults()
            : CategoryRules.withUserRules(CategoryRules.readUserRules(categories));
    }
}
