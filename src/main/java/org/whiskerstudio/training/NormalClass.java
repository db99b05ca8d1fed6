package org.whiskerstudio.training;

import java.util.Optional;
import org.whiskerstudio.dataset.ExampleScope;

/**
 * What an autoencoder run learns as normal: the examples of one class, or every example of the project, labels or
 * not ({@code ""}). With one class, examples of the other classes count as known anomalies when it is evaluated.
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

    /** The examples it learns from and is judged on: one class's are labelled ones; "all" includes unlabelled ones. */
    public ExampleScope scope() {
        return name.isEmpty() ? ExampleScope.ALL : ExampleScope.LABELLED;
    }

    /** Whether an example of {@code className} is normal for this run. */
    public boolean isNormal(String className) {
        return name.isEmpty() || name.equals(className);
    }
}
