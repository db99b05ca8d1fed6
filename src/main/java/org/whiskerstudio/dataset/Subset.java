package org.whiskerstudio.dataset;

import java.util.Arrays;
import java.util.Optional;

/** The part of a project's data an image belongs to; the test part is never trained or tuned on. */
public enum Subset {
    TRAIN("train"), VALIDATION("val"), TEST("test");

    private final String key;

    Subset(String key) {
        this.key = key;
    }

    /** The value stored in {@code image_subset.subset}: "train", "val" or "test". */
    public String key() {
        return key;
    }

    public static Optional<Subset> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
