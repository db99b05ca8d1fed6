package org.whiskerstudio.detection;

/**
 * One class's precision and recall after each detection, highest score first, over every image, and the two ways of
 * reading an average precision from it: VOC 2010+'s area under the all-point interpolated curve and COCO's mean of
 * the interpolated precision at 101 recall levels.
 *
 * @param recall    true positives so far / ground truths counted
 * @param precision true positives so far / detections counted so far (0 before the first counted detection)
 * @param scores    the score of the detection at each rank
 * @param truths    ground truths counted (greater than 0)
 */
public record PrecisionRecallCurve(double[] recall, double[] precision, double[] scores, int truths) {
    /** The 101 recall levels 0, 0.01, ..., 1, computed as numpy's linspace does (i times the step). */
    private static final int LEVELS = 101;

    public PrecisionRecallCurve {
        if (recall.length != precision.length || recall.length != scores.length) {
            throw new IllegalArgumentException("recall, precision and scores must have one value per rank");
        }
        if (truths <= 0) {
            throw new IllegalArgumentException("a curve needs at least one ground truth, got " + truths);
        }
        recall = recall.clone();
        precision = precision.clone();
        scores = scores.clone();
    }

    /** Builds the curve from each rank's verdict: true positive, false positive, or neither (an ignored detection). */
    public static PrecisionRecallCurve of(boolean[] truePositive, boolean[] falsePositive, double[] scores, int truths) {
        int n = truePositive.length;
        double[] recall = new double[n];
        double[] precision = new double[n];
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < n; i++) {
            tp += truePositive[i] ? 1 : 0;
            fp += falsePositive[i] ? 1 : 0;
            recall[i] = (double) tp / truths;
            precision[i] = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }
        return new PrecisionRecallCurve(recall, precision, scores, truths);
    }

    @Override
    public double[] recall() {
        return recall.clone();
    }

    @Override
    public double[] precision() {
        return precision.clone();
    }

    @Override
    public double[] scores() {
        return scores.clone();
    }

    public int size() {
        return recall.length;
    }

    /** Precision made non-increasing from the right: at each rank, the best precision at this recall or beyond. */
    private double[] envelope() {
        double[] p = precision.clone();
        for (int i = p.length - 1; i > 0; i--) {
            p[i - 1] = Math.max(p[i - 1], p[i]);
        }
        return p;
    }

    /** VOC 2010+ (devkit's voc_ap with use_07_metric false): the area under the envelope, recall from 0 to 1. */
    public double vocAllPoint() {
        double[] p = envelope();
        double area = 0;
        double previousRecall = 0;
        for (int i = 0; i < p.length; i++) {
            area += (recall[i] - previousRecall) * p[i];
            previousRecall = recall[i];
        }
        return area;
    }

    /**
     * COCO (cocoeval.py's accumulate): at each recall level r the envelope's precision at the first rank whose recall
     * reaches r, or 0 when no rank does; the mean of the 101 values.
     */
    public double coco101() {
        double[] p = envelope();
        double step = 1.0 / (LEVELS - 1);
        double sum = 0;
        int rank = 0;
        for (int i = 0; i < LEVELS; i++) {
            double level = i * step;
            while (rank < recall.length && recall[rank] < level) {
                rank++;
            }
            sum += rank < recall.length ? p[rank] : 0;
        }
        return sum / LEVELS;
    }
}
