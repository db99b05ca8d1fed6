package org.whiskerstudio.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Non-maximum suppression per class: detections under the score threshold are dropped; the rest, highest score first
 * (ties in input order), each suppress the later ones of their class that overlap them by more than the IoU
 * threshold; at most {@code maxDetections} survive, highest scores first.
 */
public record NonMaxSuppression(double iouThreshold, double scoreThreshold, int maxDetections) {
    public NonMaxSuppression {
        if (!(iouThreshold >= 0 && iouThreshold <= 1)) {
            throw new IllegalArgumentException("IoU threshold must be in [0, 1], got " + iouThreshold);
        }
        if (!(scoreThreshold >= 0 && scoreThreshold <= 1)) {
            throw new IllegalArgumentException("score threshold must be in [0, 1], got " + scoreThreshold);
        }
        if (maxDetections < 1) {
            throw new IllegalArgumentException("at least one detection must be kept, got " + maxDetections);
        }
    }

    /** The survivors, highest score first. */
    public List<Detection> apply(List<Detection> detections) {
        List<Detection> candidates = new ArrayList<>(detections.stream()
                .filter(d -> d.score() >= scoreThreshold).toList());
        candidates.sort(Comparator.comparingDouble(d -> -d.score()));
        List<Detection> kept = new ArrayList<>();
        for (Detection candidate : candidates) {
            if (kept.size() == maxDetections) {
                break;
            }
            boolean suppressed = kept.stream().anyMatch(k -> k.classIndex() == candidate.classIndex()
                    && Boxes.iou(k.box(), candidate.box()) > iouThreshold);
            if (!suppressed) {
                kept.add(candidate);
            }
        }
        return kept;
    }
}
