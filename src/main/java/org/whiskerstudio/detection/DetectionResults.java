package org.whiskerstudio.detection;

import java.util.List;

/**
 * A detector's answers on a set of images with their ground truths, as a run's evaluation keeps them: what the
 * figures ({@link #report()}) and the galleries of misses and false positives ({@link ImageErrors}) are made from.
 *
 * @param data     what the images were ("the test part, 120 images")
 * @param classes  the run's classes, in the order of the class indices
 * @param settings the NMS IoU the detections went through (every box down to
 *                 {@link DetectionSettings#EVALUATION_CONFIDENCE} is kept; its confidence is the run's, for the
 *                 screens' default view)
 */
public record DetectionResults(String data, List<String> classes, DetectionSettings settings,
                               List<ImageOutcome> images) {
    public DetectionResults {
        classes = List.copyOf(classes);
        images = List.copyOf(images);
    }

    /**
     * One image: the project's image id and file name, its size in pixels, its ground truths, the detections (in
     * image pixels, best first; each box as its best class) and mAP's candidates ({@link ImageResult#candidates()};
     * null in an evaluation stored before they were kept, whose detections then stand for them).
     */
    public record ImageOutcome(long imageId, String name, int width, int height, List<GroundTruth> truths,
                               List<Detection> detections, List<Detection> candidates) {
        public ImageOutcome {
            truths = List.copyOf(truths);
            detections = List.copyOf(detections);
            candidates = candidates == null ? null : List.copyOf(candidates);
        }

        public ImageResult result() {
            return new ImageResult(truths, detections, candidates == null ? detections : candidates);
        }
    }

    /**
     * Whether mAP ranks each box as its best class only: an evaluation stored before every class was ranked, whose
     * figures are lower than a newer evaluation of the same model would give.
     */
    public boolean bestClassOnly() {
        return images.stream().anyMatch(i -> i.candidates() == null);
    }

    /** Every image's ground truths and detections, in order, as the metrics read them. */
    public List<ImageResult> results() {
        return images.stream().map(ImageOutcome::result).toList();
    }

    /** mAP@0.5, COCO mAP and per-class AP over these images. */
    public DetectionReport report() {
        return DetectionEvaluator.evaluate(results(), classes.size());
    }
}
