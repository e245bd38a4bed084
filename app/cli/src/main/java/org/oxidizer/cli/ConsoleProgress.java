package org.oxidizer.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.oxidizer.core.task.Progress;

/**
 * A progress bar on stderr. On a terminal it redraws one line; in a log (CI, a pipe) it prints a line
 * when the step changes or every tenth of the way, so the log stays readable.
 */
final class ConsoleProgress implements Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private String lastStepHead = "";
    private int lastTenth = -1;
    private long lastDraw;

    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    static ConsoleProgress onStderr() {
        return new ConsoleProgress(System.err, System.console() != null);
    }

    @Override
    public synchronized void report(String step, double fraction) {
        String head = step.split(" running")[0];
        int tenth = fraction < 0 ? -1 : (int) (fraction * 10);
        if (terminal) {
            long now = System.nanoTime();
            if (now - lastDraw < 50_000_000L && head.equals(lastStepHead)) {
                return;
            }
            lastDraw = now;
            lastStepHead = head;
            out.print("\r" + bar(fraction) + " " + pad(step));
            out.flush();
        } else if (!head.equals(lastStepHead) || tenth > lastTenth) {
            lastStepHead = head;
            lastTenth = tenth;
            out.println(bar(fraction) + " " + step);
        }
    }

    /** Ends the bar's line so that what follows starts on a fresh one. */
    synchronized void done() {
        if (terminal) {
            out.print("\r" + " ".repeat(WIDTH + 70) + "\r");
            out.flush();
        }
        lastStepHead = "";
        lastTenth = -1;
    }

    private static String bar(double fraction) {
        if (fraction < 0) {
            return "[" + "~".repeat(WIDTH) + "]     ";
        }
        int filled = (int) Math.round(Math.min(1, fraction) * WIDTH);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
            + String.format(Locale.ROOT, "%3d%%", Math.round(fraction * 100));
    }

    private static String pad(String step) {
        String s = step.length() > 60 ? step.substring(0, 60) : step;
        return s + " ".repeat(60 - s.length());
    }
}
