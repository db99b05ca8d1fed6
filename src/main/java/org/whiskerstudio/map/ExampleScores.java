package org.whiskerstudio.map;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One anomaly score per example (an autoencoder run's code distance), in the order of {@code imageIds};
 * examples that could not be read are left out and named in {@code notes}.
 */
public record ExampleScores(long[] imageIds, float[] scores, List<String> notes) {
    public ExampleScores {
        if (imageIds.length != scores.length) {
            throw new IllegalArgumentException(imageIds.length + " ids for " + scores.length + " scores");
        }
        notes = List.copyOf(notes);
    }

    /** A scorer's one-number rows ({@link Embeddings} whose vectors hold the score). */
    public static ExampleScores of(Embeddings rows) {
        float[] scores = new float[rows.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = rows.vectors()[i][0];
        }
        return new ExampleScores(rows.imageIds(), scores, rows.notes());
    }

    public int size() {
        return imageIds.length;
    }

    /** The scores of examples {@code ids} in their order, NaN for one not scored. */
    public float[] alignedTo(long[] ids) {
        Map<Long, Float> byId = byId();
        float[] out = new float[ids.length];
        Arrays.fill(out, Float.NaN);
        for (int i = 0; i < ids.length; i++) {
            Float score = byId.get(ids[i]);
            if (score != null) {
                out[i] = score;
            }
        }
        return out;
    }

    /** Each scored example's score by its id. */
    public Map<Long, Float> byId() {
        Map<Long, Float> byId = new HashMap<>(imageIds.length * 2);
        for (int i = 0; i < imageIds.length; i++) {
            byId.put(imageIds[i], scores[i]);
        }
        return byId;
    }
}
