package org.whiskerstudio.ui.common;

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
