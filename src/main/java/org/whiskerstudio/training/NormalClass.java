package org.whiskerstudio.training;

import java.util.Optional;

/**
 * What an autoencoder run learns as normal: the examples of one class, or every labelled example ({@code ""}).
 * Examples of the other classes then count as known anomalies when it is evaluated.
 */
public record NormalClass(String name) {
    public static final NormalClass ALL = new NormalClass("");

    public NormalClass {
        name = name == null ? "" : name.strip();
    }

    /** The class, or empty for all examples. */
    public Optional<String> learnedClass() {
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /** Whether an example of {@code className} is normal for this run. */
    public boolean isNormal(String className) {
        return name.isEmpty() || name.equals(className);
    }
}
