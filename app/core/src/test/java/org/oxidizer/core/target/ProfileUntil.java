package org.oxidizer.core.target;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.oxidizer.core.profile.CollapsedStacksImporter;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.profile.ProfileFormatException;

/**
 * Profiles an attached JVM until the profile holds a sample count rather than for a fixed time, so that what
 * a test asserts on it rests on enough samples however busy the machine is.
 */
public final class ProfileUntil {

    private ProfileUntil() {
    }

    /**
     * Reads the running profile every 250 ms (into {@code file}) until it holds {@code samples} samples.
     *
     * @throws AssertionError when the target stops or {@code timeout} passes first, with the count reached
     */
    public static Profile samples(AttachedTarget target, long samples, Duration timeout, Path file)
        throws IOException, InterruptedException, ProfileFormatException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long seen = 0;
        while (System.nanoTime() < deadline) {
            Thread.sleep(250);
            if (ProcessHandle.of(target.pid()).map(ProcessHandle::isAlive).orElse(false)) {
                target.dumpCollapsed(file);
                Profile profile = new CollapsedStacksImporter().read(file);
                seen = profile.totalSamples();
                if (seen >= samples) {
                    return profile;
                }
            } else {
                throw new AssertionError("JVM " + target.pid() + " ended after " + seen + " of " + samples + " samples");
            }
        }
        throw new AssertionError("JVM " + target.pid() + " gave " + seen + " of " + samples + " samples in " + timeout);
    }
}
