package org.whiskerstudio.map;

import java.util.List;

/**
 * A project's map for one source: each example's 2-D position and its reduced embedding (what clusters are found
 * in), index-aligned with {@code imageIds}; {@code notes} say what was left out.
 */
public record ProjectMap(String sourceKey, long[] imageIds, float[] xs, float[] ys, float[][] features,
                         List<String> notes) {
    public ProjectMap {
        int n = imageIds.length;
        if (xs.length != n || ys.length != n || features.length != n) {
            throw new IllegalArgumentException("a map's arrays differ in length");
        }
        notes = List.copyOf(notes);
    }

    public int size() {
        return imageIds.length;
    }

    /** The same map with other notes (a cached map says it was read from the cache). */
    public ProjectMap withNotes(List<String> other) {
        return new ProjectMap(sourceKey, imageIds, xs, ys, features, other);
    }
}
