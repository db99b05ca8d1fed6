package org.whiskerstudio.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * For a two-class task ("is this a cat?"): the ROC and precision-recall curves of the positive class's probability,
 * their areas, and the predictions a chosen threshold gives. One point per distinct score, highest first.
 */
public final class BinaryCurves {
    /** One point of a curve: x and y (false positive rate and recall, or recall and precision) at a threshold. */
    public record Point(double threshold, double x, double y) {
    }

    private final List<ScoredExample> predictions;
    private final int positive;
    private final List<Point> roc = new ArrayList<>();
    private final List<Point> pr = new ArrayList<>();
    private double auc;
    private double averagePrecision;

    private BinaryCurves(List<ScoredExample> predictions, int positive) {
        this.predictions = List.copyOf(predictions);
        this.positive = positive;
        compute();
    }

    /** @param positive the class the question asks about (index 0 or 1) */
    public static BinaryCurves of(List<ScoredExample> predictions, int positive) {
        if (positive != 0 && positive != 1) {
            throw new IllegalArgumentException("the positive class of a binary task is 0 or 1, not " + positive);
        }
        for (ScoredExample p : predictions) {
            if (p.probabilities().length != 2) {
                throw new IllegalArgumentException("curves need two classes; image " + p.imageId() + " has "
                        + p.probabilities().length);
            }
        }
        return new BinaryCurves(predictions, positive);
    }

    /**
     * The class a two-class task most likely asks about: the one whose name is not a negation ("cat" of "cat" and
     * "not-cat", "dog" of "other" and "dog"), else the second.
     */
    public static int likelyPositive(List<String> classes) {
        if (classes.size() == 2 && isNegative(classes.get(1)) && !isNegative(classes.get(0))) {
            return 0;
        }
        return 1;
    }

    private static boolean isNegative(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.matches("^(not|non|no)([ _-].*|$).*") || n.startsWith("other") || n.equals("negative")
                || n.equals("background") || n.equals("none");
    }

    public int positive() {
        return positive;
    }

    private void compute() {
        List<ScoredExample> sorted = new ArrayList<>(predictions);
        sorted.sort(Comparator.comparingDouble((ScoredExample p) -> p.probability(positive)).reversed());
        long positives = sorted.stream().filter(p -> p.trueIndex() == positive).count();
        long negatives = sorted.size() - positives;
        roc.add(new Point(Double.POSITIVE_INFINITY, 0, 0));
        int tp = 0;
        int fp = 0;
        double previousRecall = 0;
        for (int i = 0; i < sorted.size(); i++) {
            ScoredExample p = sorted.get(i);
            if (p.trueIndex() == positive) {
                tp++;
            } else {
                fp++;
            }
            boolean lastOfScore = i == sorted.size() - 1
                    || sorted.get(i + 1).probability(positive) != p.probability(positive);
            if (!lastOfScore) {
                continue;
            }
            double threshold = p.probability(positive);
            double tpr = positives == 0 ? 0 : (double) tp / positives;
            double fpr = negatives == 0 ? 0 : (double) fp / negatives;
            Point last = roc.get(roc.size() - 1);
            auc += (fpr - last.x()) * (tpr + last.y()) / 2;
            roc.add(new Point(threshold, fpr, tpr));
            double precision = (double) tp / (tp + fp);
            pr.add(new Point(threshold, tpr, precision));
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

    /** The predictions with the positive class predicted when its probability is at least {@code threshold}. */
    public List<ScoredExample> atThreshold(double threshold) {
        return predictions.stream()
                .map(p -> p.withPredicted(p.probability(positive) >= threshold ? positive : 1 - positive)).toList();
    }

    public ConfusionMatrix matrixAt(List<String> classes, double threshold) {
        return ConfusionMatrix.of(classes, atThreshold(threshold));
    }
}
