package org.whiskerstudio.terminal;

import java.io.PrintWriter;
import org.whiskerstudio.common.Progress;

/**
 * Progress on a terminal: a redrawn bar when attached to a console, otherwise a line every 10%
 * (so logs of scripted runs stay readable).
 */
public final class TerminalProgress implements Progress {
    private static final int WIDTH = 30;
    private final PrintWriter out;
    private final boolean console;
    private long lastDraw;
    private int lastTenth = -1;
    private boolean drewBar;

    public TerminalProgress(PrintWriter out) {
        this(out, System.console() != null);
    }

    public TerminalProgress(PrintWriter out, boolean console) {
        this.out = out;
        this.console = console;
    }

    @Override
    public synchronized void update(long done, long total, String message) {
        if (total <= 0) {
            return;
        }
        int percent = (int) (100 * done / total);
        if (console) {
            long now = System.nanoTime();
            if (now - lastDraw < 100_000_000L && done < total) {
                return;
            }
            lastDraw = now;
            int filled = (int) ((long) WIDTH * done / total);
            out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% "
                    + done + "/" + total + "  " + message + "   ");
            drewBar = true;
            out.flush();
        } else if (percent / 10 != lastTenth) {
            lastTenth = percent / 10;
            out.println(percent + "% (" + done + "/" + total + ") " + message);
            out.flush();
        }
    }

    public synchronized void finish() {
        if (drewBar) {
            out.println();
            out.flush();
        }
    }
}
