package org.whiskerstudio.evaluation;

import java.util.List;
import java.util.Locale;

/**
 * For a two-class task ("is this a cat?"): the ROC and precision-recall curves of the positive class's probability,
 * their areas, and the predictions a chosen threshold gives. One point per distinct score, highest first.
 */
public final class BinaryCurves {
    private final List<ScoredExample> predictions;
    private final int positive;
    private final RankCurves curves;

    private BinaryCurves(List<ScoredExample> predictions, int positive) {
        this.predictions = List.copyOf(predictions);
        this.positive = positive;
        this.curves = RankCurves.of(predictions.stream().mapToDouble(p -> p.probability(positive)).toArray(),
                asked(predictions, positive));
    }

    private static boolean[] asked(List<ScoredExample> predictions, int positive) {
        boolean[] out = new boolean[predictions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = predictions.get(i).trueIndex() == positive;
        }
        return out;
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

    /** The curves of the positive class's probability as a ranking score. */
    public RankCurves rankCurves() {
        return curves;
    }

    /** (false positive rate, true positive rate) from (0, 0) to (1, 1). */
    public List<RankCurves.Point> roc() {
        return curves.roc();
    }

    /** Area under the ROC curve: 1 for a perfect ranking, about 0.5 for a random one. */
    public double auc() {
        return curves.auc();
    }

    /** (recall, precision), recall rising. */
    public List<RankCurves.Point> precisionRecall() {
        return curves.precisionRecall();
    }

    /** Precision averaged over the recall steps (as scikit-learn's average_precision_score). */
    public double averagePrecision() {
        return curves.averagePrecision();
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
