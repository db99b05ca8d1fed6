package org.whiskerstudio.suggest;

/**
 * A label the person confirmed although run {@code runId} disagreed: the example stays off the list of possible
 * mistakes while it carries {@code className}.
 */
public record KeptLabel(long imageId, String className, long runId) {
    public KeptLabel {
        if (className.isBlank()) {
            throw new IllegalArgumentException("a kept label needs a class");
        }
    }
}
