package org.whiskerstudio.detection;

import java.util.List;

/** One image's ground truths and a model's detections on it, the unit every detection metric reads. */
public record ImageResult(List<GroundTruth> truths, List<Detection> detections) {
    public ImageResult {
        truths = List.copyOf(truths);
        detections = List.copyOf(detections);
    }
}
