package org.whiskerstudio.deploy;

import java.util.Locale;

/**
 * An anomaly model's answer for one example: its score (an autoencoder's code distance to its normal training codes,
 * or an old bundle's reconstruction error: the card says which), the threshold it was
 * judged against and the verdict, an anomaly when the score is above the threshold.
 */
public record AnomalyVerdict(double score, double threshold, boolean anomaly) {
    /** The verdict of {@code score} against {@code threshold}. */
    public static AnomalyVerdict of(double score, double threshold) {
        return new AnomalyVerdict(score, threshold, score > threshold);
    }

    /** "ANOMALY: score 0.0412 above the threshold 0.0150" or "normal: score 0.0031 at most the threshold 0.0150". */
    public String sentence() {
        return String.format(Locale.ROOT, anomaly ? "ANOMALY: score %.4g above the threshold %.4g"
                : "normal: score %.4g at most the threshold %.4g", score, threshold);
    }
}
