package org.whiskerstudio.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The ROC and precision-recall curves of a score that should rank positives first, and their areas: one point per
 * distinct score, highest first. Shared by a two-class model's probability ({@link BinaryCurves}) and an
 * autoencoder's anomaly score ({@link AnomalyScores}), whose scores are not probabilities but rank the same way.
 */
public final class RankCurves {
    /** One point of a curve: x and y (false positive rate and recall, or recall and precision) at a threshold. */
    public record Point(double threshold, double x, double y) {
    }

    private final List<Point> roc = new ArrayList<>();
    private final List<Point> pr = new ArrayList<>();
    private double auc;
    private double averagePrecision;

    private RankCurves() {
    }

    /** @param positive whether example i is one the score should put first */
    public static RankCurves of(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + positive.length + " answers");
        }
        RankCurves curves = new RankCurves();
        curves.compute(scores, positive);
        return curves;
    }

    private void compute(double[] scores, boolean[] positive) {
        int[] order = IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> scores[i]).reversed())
                .mapToInt(Integer::intValue).toArray();
        long positives = IntStream.range(0, positive.length).filter(i -> positive[i]).count();
        long negatives = scores.length - positives;
        roc.add(new Point(Double.POSITIVE_INFINITY, 0, 0));
        int tp = 0;
        int fp = 0;
        double previousRecall = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (positive[i]) {
                tp++;
            } else {
                fp++;
            }
            // Tied scores are one threshold: the curve steps over them together (a diagonal in ROC).
            if (k < order.length - 1 && scores[order[k + 1]] == scores[i]) {
                continue;
            }
            double tpr = positives == 0 ? 0 : (double) tp / positives;
            double fpr = negatives == 0 ? 0 : (double) fp / negatives;
            Point last = roc.get(roc.size() - 1);
            auc += (fpr - last.x()) * (tpr + last.y()) / 2;
            roc.add(new Point(scores[i], fpr, tpr));
            double precision = (double) tp / (tp + fp);
            pr.add(new Point(scores[i], tpr, precision));
            averagePrecision += (tpr - previousRecall) * precision;
            previousRecall = tpr;
        }
    }

    /** (false positive rate, true positive rate) from (0, 0) to (1, 1). */
    public List<Point> roc() {
        return List.copyOf(roc);
    }

    /** Area under the ROC curve: 1 for a perfect ranking, about 0.5 for a random one. */
    public double auc() {
        return auc;
    }

    /** (recall, precision), recall rising. */
    public List<Point> precisionRecall() {
        return List.copyOf(pr);
    }

    /** Precision averaged over the recall steps (as scikit-learn's average_precision_score). */
    public double averagePrecision() {
        return averagePrecision;
    }
}
