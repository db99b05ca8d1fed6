package org.whiskerstudio.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * One image's mistakes for the galleries: the ground truths no detection of their class found (misses, false
 * negatives) and the detections at or above the score threshold that found none (false positives, wrong classes
 * included). Matching is {@link ImageMatching}'s.
 *
 * @param image the image's index in the list evaluated
 */
public record ImageErrors(int image, List<GroundTruth> misses, List<Detection> falsePositives) {
    public ImageErrors {
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
    }

    public boolean isEmpty() {
        return misses.isEmpty() && falsePositives.isEmpty();
    }

    /** Every image's errors, in the images' order, images without any left out. */
    public static List<ImageErrors> of(List<ImageResult> images, double iouThreshold, double scoreThreshold) {
        List<ImageErrors> errors = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            ImageResult image = images.get(i);
            ImageMatching matching = ImageMatching.of(image, iouThreshold, scoreThreshold);
            List<GroundTruth> misses = new ArrayList<>();
            for (int g = 0; g < image.truths().size(); g++) {
                if (!matching.truthMatched()[g]) {
                    misses.add(image.truths().get(g));
                }
            }
            List<Detection> falsePositives = new ArrayList<>();
            for (int d = 0; d < image.detections().size(); d++) {
                if (matching.falsePositive(d)) {
                    falsePositives.add(image.detections().get(d));
                }
            }
            ImageErrors found = new ImageErrors(i, misses, falsePositives);
            if (!found.isEmpty()) {
                errors.add(found);
            }
        }
        return errors;
    }
}
