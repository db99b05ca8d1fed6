package org.whiskerstudio.ui.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.detection.GroundTruth;

/**
 * One image of a detection gallery: the boxes drawn on it (a person's solid, the model's dashed) and what went wrong
 * there in words.
 *
 * @param width  the image's width in pixels, the boxes' frame
 * @param height its height
 */
public record BoxGalleryItem(long imageId, Optional<Path> file, int width, int height, List<GroundTruth> truths,
                             List<Detection> detections, String caption) {
    public BoxGalleryItem {
        truths = List.copyOf(truths);
        detections = List.copyOf(detections);
    }
}
