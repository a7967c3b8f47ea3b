package dev.tandem.lab.load;

import java.io.PrintStream;

/**
 * Shows how far a phase is: one line redrawn in place on a terminal, a plain line every few seconds
 * when the output goes to a file or a pipe (where carriage returns would pile up).
 */
public final class Progress {

    private static final int WIDTH = 30;
    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;
    private static final long REDRAW_EVERY_NANOS = 200_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private long lastDrawn;

    public Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** A terminal when the JVM's console is one. */
    public static Progress onConsole(PrintStream out) {
        return new Progress(out, System.console() != null && System.console().isTerminal());
    }

    /** Reports {@code fraction} (0..1) of phase {@code phase} done, with a short {@code detail}. */
    public synchronized void update(String phase, double fraction, String detail) {
        long now = System.nanoTime();
        if (now - lastDrawn < (terminal ? REDRAW_EVERY_NANOS : PLAIN_EVERY_NANOS)) {
            return;
        }
        lastDrawn = now;
        int filled = (int) Math.round(Math.min(1, Math.max(0, fraction)) * WIDTH);
        String line = String.format(
                "  %-28s [%s%s] %3d%% %s",
                phase, "#".repeat(filled), ".".repeat(WIDTH - filled), Math.round(fraction * 100), detail);
        if (terminal) {
            out.print("\r" + line + "\u001b[K");
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends a phase with a line that stays. */
    public synchronized void done(String line) {
        if (terminal) {
            out.print("\r\u001b[K");
        }
        out.println("  " + line);
        out.flush();
        lastDrawn = 0;
    }
}
