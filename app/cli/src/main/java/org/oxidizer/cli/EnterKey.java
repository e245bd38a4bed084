package org.oxidizer.cli;

import java.io.IOException;
import org.oxidizer.core.task.StopSignal;

/** Enter on the terminal stops what runs: a daemon thread waits for a line on standard input. */
final class EnterKey {

    private EnterKey() {
    }

    static void requestsStop(StopSignal stop) {
        Thread t = new Thread(() -> {
            try {
                while (!stop.requested()) {
                    int c = System.in.read();
                    if (c < 0) {
                        return;     // no terminal input at all: only the target's exit ends the profile
                    }
                    if (c == '\n') {
                        break;
                    }
                }
            } catch (IOException e) {
                return;             // no terminal: the duration or the target's exit ends the profile
            }
            stop.request();
        }, "oxidizer-enter-key");
        t.setDaemon(true);
        t.start();
    }
}
