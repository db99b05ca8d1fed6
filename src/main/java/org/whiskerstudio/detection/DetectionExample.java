package org.whiskerstudio.detection;

import java.util.List;

/**
 * One image as a detector learns or is scored on it: its pixels letterboxed to the square input (uint8, channel by
 * channel), how it was letterboxed, and its ground truths in the image's own pixels (empty for a negative).
 *
 * @param imageId the project's image id, or the example's index where there is no project (the benchmark)
 */
public record DetectionExample(long imageId, byte[] pixels, Letterbox letterbox, List<GroundTruth> truths) {
    public DetectionExample {
        truths = List.copyOf(truths);
    }

    /** The ground truths where they lie on the input. */
    public List<GroundTruth> inputTruths() {
        return truths.stream().map(t -> new GroundTruth(t.classIndex(), letterbox.toInput(t.box()))).toList();
    }
}
