package org.whiskerstudio.evaluation;

import java.util.Arrays;

/**
 * Scores counted into equal bins from the lowest to the highest, for a histogram that a threshold is set on. A
 * threshold maps to a position on the same axis ({@link #fraction}) and back ({@link #scoreAt}).
 *
 * @param low    the lowest score (the left edge)
 * @param high   the highest score (the right edge); above {@code low} even when all scores are equal
 * @param counts how many scores fall in each bin, left to right
 */
public record ScoreHistogram(double low, double high, int[] counts) {
    public ScoreHistogram {
        if (!(high > low) || counts.length == 0) {
            throw new IllegalArgumentException("a histogram needs high > low and bins, got " + low + ".." + high);
        }
        counts = counts.clone();
    }

    /** {@code scores} in {@code bins} bins; no scores give one empty bin over 0..1. */
    public static ScoreHistogram of(double[] scores, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, got " + bins);
        }
        double low = Arrays.stream(scores).min().orElse(0);
        double high = Arrays.stream(scores).max().orElse(1);
        if (!(high > low)) {
            // Equal scores still get an axis wide enough to place a threshold on.
            high = low + Math.max(Math.abs(low) * 0.1, 1e-9);
        }
        int[] counts = new int[scores.length == 0 ? 1 : bins];
        for (double s : scores) {
            int bin = (int) ((s - low) / (high - low) * counts.length);
            counts[Math.min(counts.length - 1, Math.max(0, bin))]++;
        }
        return new ScoreHistogram(low, high, counts);
    }

    /** The largest bin's count. */
    public int maxCount() {
        return Arrays.stream(counts).max().orElse(0);
    }

    /** Where {@code score} lies on the axis, 0 at {@code low} and 1 at {@code high} (clamped). */
    public double fraction(double score) {
        return Math.min(1, Math.max(0, (score - low) / (high - low)));
    }

    /** The score at {@code fraction} of the axis (clamped to the axis). */
    public double scoreAt(double fraction) {
        return low + Math.min(1, Math.max(0, fraction)) * (high - low);
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }
}
