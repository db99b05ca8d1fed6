package org.whiskerstudio.suggest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whiskerstudio.evaluation.ScoredExample;

/**
 * What a run gave the labelled training and validation examples: each one's class probabilities in the run's class
 * order, kept apart from the listing so that the list follows label edits, Keeps and the threshold without scoring
 * again.
 *
 * @param notes sentences about examples left out (another kind of data, unreadable files)
 */
public record MistakeScan(long runId, List<String> classes, Map<Long, float[]> probabilities, List<String> notes) {
    public MistakeScan {
        classes = List.copyOf(classes);
        notes = List.copyOf(notes);
        Map<Long, float[]> copy = new HashMap<>();
        for (Map.Entry<Long, float[]> e : probabilities.entrySet()) {
            if (e.getValue().length != classes.size()) {
                throw new IllegalArgumentException("image " + e.getKey() + ": " + e.getValue().length
                        + " probabilities for " + classes.size() + " classes");
            }
            copy.put(e.getKey(), e.getValue().clone());
        }
        probabilities = Map.copyOf(copy);
    }

    /** The run's most probable class for an image (the first one on ties, as argmax); empty when not scored. */
    public Optional<ClassProbability> top(long imageId) {
        float[] p = probabilities.get(imageId);
        if (p == null) {
            return Optional.empty();
        }
        int best = ScoredExample.argMax(p);
        return Optional.of(new ClassProbability(classes.get(best), Math.max(0, Math.min(1, p[best]))));
    }
}
