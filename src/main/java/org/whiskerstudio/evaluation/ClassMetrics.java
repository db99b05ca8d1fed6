package org.whiskerstudio.evaluation;

/**
 * One class's scores. Precision of a class the model never predicted is 0 (not undefined), and so is recall of a
 * class without images, as scikit-learn reports them with {@code zero_division=0}.
 *
 * @param support   images whose true class this is
 * @param predicted images predicted as this class
 */
public record ClassMetrics(String name, double precision, double recall, double f1, int support, int predicted) {
    static ClassMetrics of(String name, int truePositives, int support, int predicted) {
        double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
        double recall = support == 0 ? 0 : (double) truePositives / support;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClassMetrics(name, precision, recall, f1, support, predicted);
    }
}
