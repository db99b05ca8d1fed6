package org.whiskerstudio.detection;

import java.util.List;
import org.whiskerstudio.labelling.Shape.Box;

/** Small builders for the detection tests' hand-worked fixtures. */
final class Fixtures {
    private Fixtures() {
    }

    /** A box from its top-left corner and size. */
    static Box box(double x, double y, double w, double h) {
        return new Box(x, y, x + w, y + h);
    }

    static GroundTruth truth(int classIndex, Box box) {
        return new GroundTruth(classIndex, box);
    }

    static Detection found(int classIndex, Box box, double score) {
        return new Detection(classIndex, box, score);
    }

    static ImageResult image(List<GroundTruth> truths, List<Detection> detections) {
        return new ImageResult(truths, detections);
    }
}
