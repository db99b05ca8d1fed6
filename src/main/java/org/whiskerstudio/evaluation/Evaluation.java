package org.whiskerstudio.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's model applied to labelled images: what was evaluated, when, and each image's prediction.
 *
 * @param data        what the images were, in words ("the test part", "project /data/other")
 * @param evaluatedAt ISO-8601 instant
 * @param classes     the model's classes; indices of the predictions point here
 * @param notes       what was left out and why (unknown classes, unreadable images)
 */
public record Evaluation(long runId, String runName, String data, String evaluatedAt, List<String> classes,
                         List<ScoredExample> predictions, List<String> notes) {
    private static final double MIN_PROBABILITY = 1e-10;

    public Evaluation {
        classes = List.copyOf(classes);
        predictions = List.copyOf(predictions);
        notes = List.copyOf(notes);
    }

    public ConfusionMatrix matrix() {
        return ConfusionMatrix.of(classes, predictions);
    }

    /**
     * Mean cross-entropy of the true class over the predictions, each probability clipped at 1e-10 as DL4J's
     * softmax loss clips it (no regularisation term); NaN without predictions.
     */
    public double meanLoss() {
        return predictions.stream().mapToDouble(p -> -Math.log(Math.max(MIN_PROBABILITY, p.probability(p.trueIndex()))))
                .average().orElse(Double.NaN);
    }

    public boolean isBinary() {
        return classes.size() == 2;
    }

    /** The same evaluation with one image's true class corrected (the model's answer stays what it was). */
    public Evaluation relabelled(long imageId, int trueIndex) {
        return new Evaluation(runId, runName, data, evaluatedAt, classes, predictions.stream()
                .map(p -> p.imageId() == imageId ? p.withTrue(trueIndex) : p).toList(), notes);
    }

    /** The outcome of {@link #withLabels}: the evaluation brought up to date, and how many images changed. */
    public record Reconciled(Evaluation evaluation, int relabelled, int dropped) {
    }

    /**
     * Brings the true classes up to date with the images' current single class by name: a relabelled image takes its
     * new class (the model's answer does not depend on the label), an image gone, unlabelled, multi-labelled or of a
     * class the model does not know is dropped.
     */
    public Reconciled withLabels(Map<Long, String> currentClassOf) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            index.put(classes.get(i), i);
        }
        List<ScoredExample> kept = new ArrayList<>(predictions.size());
        int relabelled = 0;
        int dropped = 0;
        for (ScoredExample p : predictions) {
            Integer now = index.get(currentClassOf.get(p.imageId()));
            if (now == null) {
                dropped++;
            } else if (now != p.trueIndex()) {
                relabelled++;
                kept.add(p.withTrue(now));
            } else {
                kept.add(p);
            }
        }
        Evaluation next = relabelled + dropped == 0 ? this
                : new Evaluation(runId, runName, data, evaluatedAt, classes, kept, notes);
        return new Reconciled(next, relabelled, dropped);
    }
}
