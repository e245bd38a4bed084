package org.oxidizer.gui.session;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.oxidizer.core.profile.CollapsedWriter;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.profile.ProfileFiles;
import org.oxidizer.core.target.ProfileResult;
import org.oxidizer.core.target.Target;

/**
 * Sessions on disk: one folder per workbench start under {@code ~/.local/share/oxidizer/sessions} (or
 * {@code -Doxidizer.sessions.dir}), holding the runs made in it and {@code session.json}, rewritten after
 * every result so that a session can always be reopened.
 */
public final class SessionStore {

    public static final String FILE = "session.json";

    private final Path root;
    private final Path current;
    private final ObjectMapper json = new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final AtomicInteger runs = new AtomicInteger();

    public SessionStore(Path root) {
        this.root = root;
        this.current = root.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")));
    }

    public static SessionStore atDefaultPlace() {
        String configured = System.getProperty("oxidizer.sessions.dir");
        return new SessionStore(configured != null ? Path.of(configured)
            : Path.of(System.getProperty("user.home"), ".local", "share", "oxidizer", "sessions"));
    }

    public Path current() {
        return current;
    }

    /** A fresh folder of this session for one run, e.g. {@code profile-3}. */
    public Path newRunDir(String kind) {
        return current.resolve(kind + "-" + runs.incrementAndGet());
    }

    /** Saves the state; a profile that is not on disk yet is written next to the session file. */
    public void save(Target target, ProfileResult profile, org.oxidizer.gui.model.MigrationOutcome migration,
                     List<Path> exported) throws IOException {
        Files.createDirectories(current);
        SessionFile.SavedProfile saved = null;
        if (profile != null) {
            Path file = profile.files().stream().filter(Files::isRegularFile).findFirst().orElse(null);
            if (file == null) {
                file = current.resolve("profile.collapsed");
                CollapsedWriter.write(profile.profile(), file);
            }
            saved = new SessionFile.SavedProfile(file.toAbsolutePath(), profile.event(), profile.series(), profile.note(),
                profile.files());
        }
        SessionFile session = new SessionFile(Instant.now().toString(), target, saved, migration, exported);
        Path tmp = Files.createTempFile(current, ".session-", ".tmp");
        try {
            json.writeValue(tmp.toFile(), session);
            Files.move(tmp, current.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public SessionFile load(Path sessionJson) throws IOException {
        return json.readValue(sessionJson.toFile(), SessionFile.class);
    }

    /** The profile a saved session refers to, read back from its file. */
    public static ProfileResult readProfile(SessionFile.SavedProfile saved) throws Exception {
        Path file = saved.file();
        Profile profile = ProfileFiles.read(file, ProfileFiles.kindOf(saved.event()));
        return new ProfileResult(profile, saved.event(), saved.series() == null ? List.of() : saved.series(),
            saved.files() == null ? List.of(file) : saved.files(), saved.note());
    }

    /** Saved sessions, newest first, this one included once it has been saved. */
    public List<Path> sessions() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.map(d -> d.resolve(FILE)).filter(Files::isRegularFile)
                .sorted(Comparator.comparing((Path p) -> p.getParent().getFileName().toString()).reversed())
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Targets of recent sessions that can be run again, newest first, each once. */
    public List<Target> recentTargets(int limit) {
        Map<String, Target> recent = new LinkedHashMap<>();
        for (Path file : sessions()) {
            try {
                Target t = load(file).target();
                if (t != null && t.kind() != Target.Kind.ATTACH && t.kind() != Target.Kind.FILE) {
                    recent.putIfAbsent(t.name() + "|" + t.description(), t);
                }
            } catch (IOException | RuntimeException e) {
                // a session written by another version, or half-deleted: not a recent target
            }
            if (recent.size() >= limit) {
                break;
            }
        }
        return new ArrayList<>(recent.values());
    }
}
