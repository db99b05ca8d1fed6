package org.whiskerstudio.suggest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a run suggests for one image: its most probable classes, most probable first, the margin between the first
 * two (small = the model hesitates: uncertainty sampling asks the person there first) and the entropy of the whole
 * distribution (natural log).
 */
public record Suggestion(long imageId, long runId, List<ClassProbability> top, double margin, double entropy,
                         Instant createdAt) {
    /** How many classes a suggestion keeps. */
    public static final int TOP = 5;

    public Suggestion {
        top = List.copyOf(top);
        if (top.isEmpty()) {
            throw new IllegalArgumentException("a suggestion needs at least one class");
        }
    }

    /** The suggestion for a model's output: {@code probabilities} in the order of {@code classes}. */
    public static Suggestion of(long imageId, long runId, List<String> classes, float[] probabilities,
                                Instant createdAt) {
        if (classes.size() != probabilities.length || classes.isEmpty()) {
            throw new IllegalArgumentException(probabilities.length + " probabilities for " + classes.size()
                    + " classes");
        }
        List<ClassProbability> all = new ArrayList<>(classes.size());
        double entropy = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double p = Math.max(0, Math.min(1, probabilities[i]));
            all.add(new ClassProbability(classes.get(i), p));
            if (p > 0) {
                entropy -= p * Math.log(p);
            }
        }
        // Stable sort: on ties the class first in the model's order comes first, as argmax does.
        all.sort(Comparator.comparingDouble(ClassProbability::probability).reversed());
        double second = all.size() > 1 ? all.get(1).probability() : 0;
        return new Suggestion(imageId, runId, all.subList(0, Math.min(TOP, all.size())),
                all.get(0).probability() - second, entropy, createdAt);
    }

    /** The suggested class. */
    public String className() {
        return top.get(0).className();
    }

    /** The suggested class's probability. */
    public double probability() {
        return top.get(0).probability();
    }
}
