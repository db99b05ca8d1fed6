package org.whiskerstudio.dataset;

import org.whiskerstudio.project.ProjectStore;

/**
 * How a project's images are split when no dataset said so: fractions of each class for train, validation and test,
 * and the seed that picks which images go where. Kept in the project's settings, so every run sees the same split.
 */
public record SplitSettings(double train, double validation, double test, long seed) {
    static final String TRAIN_KEY = "split.train";
    static final String VALIDATION_KEY = "split.validation";
    static final String TEST_KEY = "split.test";
    static final String SEED_KEY = "split.seed";

    public SplitSettings {
        if (!(train > 0) || !(validation >= 0) || !(test >= 0) || Math.abs(train + validation + test - 1) > 1e-6) {
            throw new IllegalArgumentException("split fractions must be non-negative, train above 0, and add up to 1: "
                    + train + " / " + validation + " / " + test);
        }
    }

    /** 80 / 10 / 10 with seed 42. */
    public static SplitSettings defaults() {
        return new SplitSettings(0.8, 0.1, 0.1, 42);
    }

    /** The project's settings, or the defaults for any that are unset or unreadable. */
    public static SplitSettings of(ProjectStore store) {
        SplitSettings d = defaults();
        try {
            return new SplitSettings(
                    Double.parseDouble(store.setting(TRAIN_KEY, Double.toString(d.train))),
                    Double.parseDouble(store.setting(VALIDATION_KEY, Double.toString(d.validation))),
                    Double.parseDouble(store.setting(TEST_KEY, Double.toString(d.test))),
                    Long.parseLong(store.setting(SEED_KEY, Long.toString(d.seed))));
        } catch (IllegalArgumentException e) {
            // A hand-edited or half-written setting must not stop training: the defaults are a sound split.
            return d;
        }
    }

    public void saveTo(ProjectStore store) {
        store.setSetting(TRAIN_KEY, Double.toString(train));
        store.setSetting(VALIDATION_KEY, Double.toString(validation));
        store.setSetting(TEST_KEY, Double.toString(test));
        store.setSetting(SEED_KEY, Long.toString(seed));
    }

    /** The fraction for one part. */
    public double fraction(Subset subset) {
        return switch (subset) {
            case TRAIN -> train;
            case VALIDATION -> validation;
            case TEST -> test;
        };
    }
}
