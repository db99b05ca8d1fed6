package org.whiskerstudio.evaluation;

import java.util.Arrays;

/**
 * Scores counted into equal bins from the lowest to the highest, for a histogram that a threshold is set on. A
 * threshold maps to a position on the same axis ({@link #fraction}) and back ({@link #scoreAt}). Reconstruction
 * errors are often spread over decades (the sensor sample's event scores 4.5 where normal windows score 0.0002 to
 * 0.03): on a linear axis every normal example falls in the first bin, so such scores get a logarithmic axis.
 *
 * @param low         the lowest score (the left edge)
 * @param high        the highest score (the right edge); above {@code low} even when all scores are equal
 * @param counts      how many scores fall in each bin, left to right
 * @param logarithmic whether the bins are equal in the logarithm of the score (then {@code low > 0})
 */
public record ScoreHistogram(double low, double high, int[] counts, boolean logarithmic) {
    /** Scores whose highest is at least this many times their lowest (all above 0) get a logarithmic axis. */
    public static final double LOG_SPAN = 100;

    public ScoreHistogram {
        if (!(high > low) || counts.length == 0) {
            throw new IllegalArgumentException("a histogram needs high > low and bins, got " + low + ".." + high);
        }
        if (logarithmic && !(low > 0)) {
            throw new IllegalArgumentException("a logarithmic axis needs scores above 0, got " + low);
        }
        counts = counts.clone();
    }

    /** A linear axis. */
    public ScoreHistogram(double low, double high, int[] counts) {
        this(low, high, counts, false);
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
        boolean logarithmic = low > 0 && high / low >= LOG_SPAN;
        int[] counts = new int[scores.length == 0 ? 1 : bins];
        ScoreHistogram axis = new ScoreHistogram(low, high, counts, logarithmic);
        for (double s : scores) {
            int bin = (int) (axis.fraction(s) * counts.length);
            counts[Math.min(counts.length - 1, Math.max(0, bin))]++;
        }
        return new ScoreHistogram(low, high, counts, logarithmic);
    }

    /** The largest bin's count. */
    public int maxCount() {
        return Arrays.stream(counts).max().orElse(0);
    }

    /** Where {@code score} lies on the axis, 0 at {@code low} and 1 at {@code high} (clamped). */
    public double fraction(double score) {
        double f = logarithmic
                ? (score > 0 ? Math.log(score / low) / Math.log(high / low) : 0)
                : (score - low) / (high - low);
        return Math.min(1, Math.max(0, f));
    }

    /** The score at {@code fraction} of the axis (clamped to the axis). */
    public double scoreAt(double fraction) {
        double f = Math.min(1, Math.max(0, fraction));
        return logarithmic ? low * Math.pow(high / low, f) : low + f * (high - low);
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }
}
