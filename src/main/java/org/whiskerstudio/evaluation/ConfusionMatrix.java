package org.whiskerstudio.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Counts of true class (row) against predicted class (column) over a set of predictions, with the metrics that
 * follow from them. Immutable; built once per evaluation or threshold.
 */
public final class ConfusionMatrix {
    private static final Comparator<ScoredExample> MOST_CONFIDENT_FIRST =
            Comparator.comparingDouble(ScoredExample::confidence).reversed().thenComparingLong(ScoredExample::imageId);
    private final List<String> classes;
    private final List<ScoredExample> predictions;
    private final int[][] counts;
    private final int[] support;
    private final int[] predicted;
    private final int correct;

    private ConfusionMatrix(List<String> classes, List<ScoredExample> predictions) {
        this.classes = List.copyOf(classes);
        this.predictions = List.copyOf(predictions);
        int n = classes.size();
        counts = new int[n][n];
        support = new int[n];
        predicted = new int[n];
        int right = 0;
        for (ScoredExample p : predictions) {
            if (p.probabilities().length != n) {
                throw new IllegalArgumentException("image " + p.imageId() + " has " + p.probabilities().length
                        + " probabilities for " + n + " classes");
            }
            counts[p.trueIndex()][p.predictedIndex()]++;
            support[p.trueIndex()]++;
            predicted[p.predictedIndex()]++;
            right += p.correct() ? 1 : 0;
        }
        correct = right;
    }

    public static ConfusionMatrix of(List<String> classes, List<ScoredExample> predictions) {
        return new ConfusionMatrix(classes, predictions);
    }

    public List<String> classes() {
        return classes;
    }

    public List<ScoredExample> predictions() {
        return predictions;
    }

    public int size() {
        return classes.size();
    }

    /** Images of class {@code trueIndex} predicted as {@code predictedIndex}. */
    public int count(int trueIndex, int predictedIndex) {
        return counts[trueIndex][predictedIndex];
    }

    /** The count as a share of the true class's images (0 for a class without images): rows sum to 1. */
    public double rate(int trueIndex, int predictedIndex) {
        return support[trueIndex] == 0 ? 0 : (double) counts[trueIndex][predictedIndex] / support[trueIndex];
    }

    /** The largest count, for the colour scale. */
    public int maxCount() {
        int max = 0;
        for (int[] row : counts) {
            for (int c : row) {
                max = Math.max(max, c);
            }
        }
        return max;
    }

    public int total() {
        return predictions.size();
    }

    public int correct() {
        return correct;
    }

    /** Share of images predicted right; 0 without images. */
    public double accuracy() {
        return predictions.isEmpty() ? 0 : (double) correct / predictions.size();
    }

    /** Share of images whose true class is among the {@code k} most probable. */
    public double topK(int k) {
        if (predictions.isEmpty()) {
            return 0;
        }
        long hits = predictions.stream().filter(p -> p.inTop(k)).count();
        return (double) hits / predictions.size();
    }

    public ClassMetrics metrics(int classIndex) {
        return ClassMetrics.of(classes.get(classIndex), counts[classIndex][classIndex], support[classIndex],
                predicted[classIndex]);
    }

    public List<ClassMetrics> perClass() {
        List<ClassMetrics> out = new ArrayList<>(size());
        for (int c = 0; c < size(); c++) {
            out.add(metrics(c));
        }
        return out;
    }

    /** The plain mean over classes (every class counts the same, including classes without images). */
    public Averages macro() {
        double p = 0;
        double r = 0;
        double f = 0;
        for (ClassMetrics m : perClass()) {
            p += m.precision();
            r += m.recall();
            f += m.f1();
        }
        int n = Math.max(1, size());
        return new Averages(p / n, r / n, f / n);
    }

    /** The mean weighted by support (big classes count more); weighted recall equals accuracy. */
    public Averages weighted() {
        double p = 0;
        double r = 0;
        double f = 0;
        for (ClassMetrics m : perClass()) {
            p += m.precision() * m.support();
            r += m.recall() * m.support();
            f += m.f1() * m.support();
        }
        int n = Math.max(1, total());
        return new Averages(p / n, r / n, f / n);
    }

    /** The images of one cell, most confident first. */
    public List<ScoredExample> members(int trueIndex, int predictedIndex) {
        return predictions.stream().filter(p -> p.trueIndex() == trueIndex && p.predictedIndex() == predictedIndex)
                .sorted(MOST_CONFIDENT_FIRST).toList();
    }

    /** Wrong predictions, most confident first: the likeliest wrong labels (or the model's blind spots). */
    public List<ScoredExample> mostConfidentMistakes(int limit) {
        return predictions.stream().filter(p -> !p.correct()).sorted(MOST_CONFIDENT_FIRST).limit(limit).toList();
    }

    /** Pairs of classes with mistakes either way, most mistakes first. */
    public List<ConfusedPair> mostConfusedPairs(int limit) {
        List<ConfusedPair> pairs = new ArrayList<>();
        for (int a = 0; a < size(); a++) {
            for (int b = a + 1; b < size(); b++) {
                if (counts[a][b] + counts[b][a] > 0) {
                    pairs.add(new ConfusedPair(a, b, counts[a][b], counts[b][a]));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(ConfusedPair::total).reversed()
                .thenComparingInt(ConfusedPair::a).thenComparingInt(ConfusedPair::b));
        return pairs.subList(0, Math.min(limit, pairs.size()));
    }
}
