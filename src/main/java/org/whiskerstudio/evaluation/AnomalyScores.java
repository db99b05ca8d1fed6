package org.whiskerstudio.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * An autoencoder's anomaly scores over some examples (higher is stranger) and, where known, which of them are
 * anomalies: the examples whose class is not the normal class. The verdict is score above the threshold.
 *
 * @param scores  one per example
 * @param anomaly whether each example is known to be an anomaly (its class is not the normal one)
 */
public record AnomalyScores(double[] scores, boolean[] anomaly) {
    /** The share of normal validation examples a default threshold lets through. */
    public static final double DEFAULT_PERCENTILE = 0.99;

    public AnomalyScores {
        if (scores.length != anomaly.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + anomaly.length + " answers");
        }
        scores = scores.clone();
        anomaly = anomaly.clone();
    }

    /**
     * The {@code p}-th percentile of {@code values} (0 &lt;= p &lt;= 1), linear between the two nearest ranks (as
     * numpy's default): the threshold that {@code p} of them stay at or under.
     */
    public static double percentile(double[] values, double p) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a percentile of no values");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a percentile is between 0 and 1, not " + p);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double rank = p * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
    }

    /** Whether an example with {@code score} is called an anomaly at {@code threshold}. */
    public static boolean isAnomaly(double score, double threshold) {
        return score > threshold;
    }

    /** ROC and PR of the scores against the known anomalies; empty unless both normal examples and anomalies are here. */
    public Optional<RankCurves> curves() {
        long anomalies = IntStream.range(0, anomaly.length).filter(i -> anomaly[i]).count();
        if (anomalies == 0 || anomalies == anomaly.length) {
            return Optional.empty();
        }
        return Optional.of(RankCurves.of(scores, anomaly));
    }

    /** Example indices, most anomalous first. */
    public List<Integer> ranking() {
        return IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> scores[i]).reversed()).toList();
    }

    /** How many examples {@code threshold} calls anomalies. */
    public int flagged(double threshold) {
        return (int) Arrays.stream(scores).filter(s -> isAnomaly(s, threshold)).count();
    }

    /** Of the known anomalies, the share {@code threshold} flags (recall); NaN when there are none. */
    public double recallAt(double threshold) {
        long anomalies = IntStream.range(0, anomaly.length).filter(i -> anomaly[i]).count();
        long caught = IntStream.range(0, anomaly.length).filter(i -> anomaly[i] && isAnomaly(scores[i], threshold))
                .count();
        return anomalies == 0 ? Double.NaN : (double) caught / anomalies;
    }

    /** Of the flagged examples, the share that are known anomalies (precision); NaN when none is flagged. */
    public double precisionAt(double threshold) {
        int flagged = flagged(threshold);
        long right = IntStream.range(0, anomaly.length).filter(i -> anomaly[i] && isAnomaly(scores[i], threshold))
                .count();
        return flagged == 0 ? Double.NaN : (double) right / flagged;
    }
}
