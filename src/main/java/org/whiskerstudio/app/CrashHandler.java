package org.whiskerstudio.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Catches what no one else caught, on the FX thread and every other: logs it with its stack trace, then tells the
 * person what happened and where the log file is (a dialog in the studio), instead of the window vanishing or a
 * button silently doing nothing. The studio keeps running: every edit is already saved, so it is usually usable.
 */
public final class CrashHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(CrashHandler.class.getName());
    private final Optional<Path> logFile;
    private final Consumer<String> tellUser;
    /** One dialog at a time: a failure repeated on every frame must not bury the screen under dialogs. */
    private final AtomicBoolean telling = new AtomicBoolean();

    /** @param tellUser shows the message (a dialog); it calls {@link #dismissed()} once the person closed it */
    public CrashHandler(Optional<Path> logFile, Consumer<String> tellUser) {
        this.logFile = logFile;
        this.tellUser = tellUser;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            LOG.log(Level.SEVERE, "Uncaught error in thread " + thread.getName(), error);
            if (telling.compareAndSet(false, true)) {
                tellUser.accept(message(error, logFile));
            } else {
                LOG.warning("(not shown: a dialog about an earlier error is still open)");
            }
        } catch (Throwable failed) {
            // Never throw from here: report the best we can and give up.
            System.err.println(message(error, logFile));
            failed.printStackTrace();
        }
    }

    /** The dialog was closed: the next error may show one again. */
    public void dismissed() {
        telling.set(false);
    }

    /** What the person is told: what went wrong, in one line, and where the details are. */
    public static String message(Throwable error, Optional<Path> logFile) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root.getClass().getSimpleName()
                + (root.getMessage() == null || root.getMessage().isBlank() ? "" : ": " + firstLine(root.getMessage()));
        String where = logFile.map(f -> "The details are in the log file:\n" + f.toAbsolutePath())
                .orElse("No log file could be written; the details were printed on the console.");
        return "Whisker Studio met an unexpected error.\n\n" + what + "\n\n" + where + "\n\n"
                + "Your project is safe: every change was saved when it was made. If something no longer works, "
                + "restart the studio. If it happens again, please send the log file with a word on what you were doing.";
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
