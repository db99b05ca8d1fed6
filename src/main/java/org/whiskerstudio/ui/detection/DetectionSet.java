package org.whiskerstudio.ui.detection;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.detection.ImageResult;

/**
 * A detector run's stored evaluation as the Evaluate screen reads it: every test image's ground truths and the run's
 * detections and mAP's candidates on it (all of them, before any score threshold the screen applies), with what is
 * needed to draw them.
 *
 * @param classes       the run's classes, in the order of the class indices
 * @param confidence    the run's own confidence threshold, where the screens' threshold starts
 * @param bestClassOnly an evaluation stored before mAP ranked every class of a box
 *                      ({@link org.whiskerstudio.detection.DetectionResults#bestClassOnly()})
 */
public record DetectionSet(long runId, String runName, List<String> classes, double confidence, List<Image> images,
                           boolean bestClassOnly) {
    public DetectionSet {
        classes = List.copyOf(classes);
        images = List.copyOf(images);
    }

    /** An evaluation whose mAP ranks every class of a box. */
    public DetectionSet(long runId, String runName, List<String> classes, double confidence, List<Image> images) {
        this(runId, runName, classes, confidence, images, false);
    }

    /**
     * One evaluated image.
     *
     * @param file   the stored image, when it is still there
     * @param width  its width in pixels, the boxes' frame
     * @param height its height in pixels
     */
    public record Image(long imageId, Optional<Path> file, int width, int height, ImageResult result) {
    }

    /** The images' results in order, as the detection metrics read them. */
    public List<ImageResult> results() {
        return images.stream().map(Image::result).toList();
    }
}
