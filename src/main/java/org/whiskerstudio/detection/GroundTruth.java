package org.whiskerstudio.detection;

import org.whiskerstudio.labelling.Shape.Box;

/** A box a person drew (or a polygon's bounding box): its class (an index into the run's classes) and where. */
public record GroundTruth(int classIndex, Box box) {
    public GroundTruth {
        if (classIndex < 0) {
            throw new IllegalArgumentException("class index must be >= 0, got " + classIndex);
        }
    }
}
