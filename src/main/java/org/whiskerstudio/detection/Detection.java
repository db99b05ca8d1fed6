package org.whiskerstudio.detection;

import org.whiskerstudio.labelling.Shape.Box;

/** A box a model found: its class (an index into the run's classes), where (image pixels) and its score in [0, 1]. */
public record Detection(int classIndex, Box box, double score) {
    public Detection {
        if (classIndex < 0) {
            throw new IllegalArgumentException("class index must be >= 0, got " + classIndex);
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1], got " + score);
        }
    }
}
