package org.whiskerstudio.labelling.formats;

/**
 * How to cut a dataset into train, validation and test parts: three fractions adding up to 1, and the seed that
 * makes the cut reproducible.
 */
public record SplitSpec(double train, double val, double test, long seed) {
    /** The seed used when none is given, so that two exports of one project split alike. */
    public static final long DEFAULT_SEED = 42L;

    private static final double TOLERANCE = 1e-9;

    public SplitSpec {
        requireFraction("train", train);
        requireFraction("val", val);
        requireFraction("test", test);
        double sum = train + val + test;
        if (Math.abs(sum - 1.0) > TOLERANCE) {
            throw new IllegalArgumentException("the split fractions must add up to 1, but train " + train + " + val "
                    + val + " + test " + test + " = " + sum);
        }
    }

    /** {@link #parse(String, long)} with {@link #DEFAULT_SEED}. */
    public static SplitSpec parse(String text) {
        return parse(text, DEFAULT_SEED);
    }

    /**
     * Reads "train/val/test" as percentages ("80/10/10", "70%/20%/10%") or fractions ("0.8/0.1/0.1"); two parts
     * ("80/20") mean no test part. Percentages must add up to 100 and fractions to 1.
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static SplitSpec parse(String text, long seed) {
        String[] parts = text.trim().split("\\s*/\\s*", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("split \"" + text + "\" should be train/val/test, e.g. 80/10/10 or 0.8/0.1/0.1");
        }
        double[] values = new double[3];
        double sum = 0;
        for (int i = 0; i < parts.length; i++) {
            values[i] = number(text, parts[i]);
            sum += values[i];
        }
        boolean percent = text.contains("%");
        double scale;
        if (!percent && Math.abs(sum - 1.0) <= TOLERANCE) {
            scale = 1.0;
        } else if (Math.abs(sum - 100.0) <= 100 * TOLERANCE) {
            scale = 100.0;
        } else {
            throw new IllegalArgumentException("split \"" + text + "\" adds up to " + DecimalText.exact(sum)
                    + "; percentages must add up to 100 and fractions to 1");
        }
        return new SplitSpec(values[0] / scale, values[1] / scale, values[2] / scale, seed);
    }

    private static double number(String text, String part) {
        String digits = part.endsWith("%") ? part.substring(0, part.length() - 1).trim() : part;
        double value = DecimalText.parse(digits).orElseThrow(
                () -> new IllegalArgumentException("split \"" + text + "\": \"" + part + "\" is not a number"));
        if (value < 0) {
            throw new IllegalArgumentException("split \"" + text + "\": \"" + part + "\" is negative");
        }
        return value;
    }

    private static void requireFraction(String name, double value) {
        if (!Double.isFinite(value) || value < 0 || value > 1 + TOLERANCE) {
            throw new IllegalArgumentException("the " + name + " fraction must be between 0 and 1, got " + value);
        }
    }
}
