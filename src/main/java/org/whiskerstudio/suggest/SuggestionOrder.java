package org.whiskerstudio.suggest;

import java.util.Locale;
import java.util.Optional;

/** The orders of the suggestion queue. */
public enum SuggestionOrder {
    /** Smallest margin first: where a person's label teaches the model most (uncertainty sampling). */
    UNCERTAIN,
    /** Largest margin first: the ones to accept in bulk. */
    CERTAIN,
    /** By suggested class in the project's class order, most probable first within a class. */
    CLASS;

    /** The order named on a command line ({@code uncertain}, {@code certain}, {@code class}). */
    public static Optional<SuggestionOrder> byKey(String key) {
        for (SuggestionOrder order : values()) {
            if (order.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
