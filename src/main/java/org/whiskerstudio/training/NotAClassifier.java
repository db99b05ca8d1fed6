package org.whiskerstudio.training;

import java.io.IOException;
import java.util.Optional;

/** A run asked for as a classifier that is not one (a next-character model); the message says what it is instead. */
public final class NotAClassifier extends IOException {
    public NotAClassifier(String message) {
        super(message);
    }

    /** This exception in {@code e} or its causes (a background task may wrap it). */
    public static Optional<NotAClassifier> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NotAClassifier n) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
