package org.whiskerstudio.ui.common;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Where a view model tells the user something that needs no screen of its own: an error to acknowledge, or the news
 * that long work finished. The shell shows both as dialogs; tests collect them.
 */
public interface Notifier {
    /** Tells nothing: for view models used on their own and for tests that do not look. */
    Notifier SILENT = of((title, message) -> { }, (title, message) -> { });

    /** Something failed; {@code message} says what and, where known, which file. */
    void error(String title, String message);

    /** Long work finished ("Export finished", "Labels imported"), with its outcome. */
    void info(String title, String message);

    /**
     * Work wrote {@code file} (an exported bundle, a report): the user is told where, by its full path, and the window
     * offers to open its folder. Without a window, the path ends the news.
     */
    default void fileWritten(String title, String message, Path file) {
        info(title, message + "\n\n" + file.toAbsolutePath());
    }

    /** A notifier that hands errors and news to two callbacks. */
    static Notifier of(BiConsumer<String, String> errors, BiConsumer<String, String> news) {
        Objects.requireNonNull(errors);
        Objects.requireNonNull(news);
        return new Notifier() {
            @Override
            public void error(String title, String message) {
                errors.accept(title, message);
            }

            @Override
            public void info(String title, String message) {
                news.accept(title, message);
            }
        };
    }

    /** A notifier for errors only; news is dropped. */
    static Notifier ofErrors(BiConsumer<String, String> errors) {
        return of(errors, (title, message) -> { });
    }
}
