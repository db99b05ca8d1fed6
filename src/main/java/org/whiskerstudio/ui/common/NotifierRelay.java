package org.whiskerstudio.ui.common;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A notifier handed to view models before anyone can show messages: the shell's view models are made before its
 * window, which then routes the relay to its dialogs (and a test to a list). Silent until routed. UI thread only.
 */
public final class NotifierRelay implements Notifier {
    private Notifier target = Notifier.SILENT;

    /** From now on, messages go to {@code next}. */
    public void routeTo(Notifier next) {
        target = Objects.requireNonNull(next);
    }

    @Override
    public void error(String title, String message) {
        target.error(title, message);
    }

    @Override
    public void info(String title, String message) {
        target.info(title, message);
    }

    @Override
    public void fileWritten(String title, String message, Path file) {
        target.fileWritten(title, message, file);
    }
}
