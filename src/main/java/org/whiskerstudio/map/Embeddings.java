package org.whiskerstudio.map;

import java.util.List;

/**
 * One vector per example, in the order of {@code imageIds}; examples that could not be read are left out and named in
 * {@code notes}.
 */
public record Embeddings(long[] imageIds, float[][] vectors, List<String> notes) {
    public Embeddings {
        if (imageIds.length != vectors.length) {
            throw new IllegalArgumentException(imageIds.length + " ids for " + vectors.length + " vectors");
        }
        notes = List.copyOf(notes);
    }

    public int size() {
        return imageIds.length;
    }
}
