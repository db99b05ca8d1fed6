package org.whiskerstudio.ui.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.detection.ImageErrors;
import org.whiskerstudio.ui.detection.BoxNames;
import org.whiskerstudio.ui.detection.DetectionSet;

/**
 * The detection galleries' items at a score threshold: images with misses (the ground truths missed, solid, among
 * the model's boxes at or above the threshold, dashed), most misses first; and images with false positives (those
 * boxes, dashed, among the ground truths, solid), the surest false positive first, since a confident one is often a
 * box a person forgot to draw. At most {@link #LIMIT} of each.
 */
final class DetectionGalleries {
    static final int LIMIT = 300;

    private DetectionGalleries() {
    }

    static List<BoxGalleryItem> misses(DetectionSet set, List<ImageErrors> errors, double threshold) {
        List<ImageErrors> sorted = new ArrayList<>(errors.stream().filter(e -> !e.misses().isEmpty()).toList());
        sorted.sort(Comparator.comparingInt((ImageErrors e) -> -e.misses().size()));
        return sorted.stream().limit(LIMIT).map(e -> {
            DetectionSet.Image image = set.images().get(e.image());
            List<Detection> kept = image.result().detections().stream().filter(d -> d.score() >= threshold).toList();
            String names = e.misses().stream().map(t -> BoxNames.nameOf(set.classes(), t.classIndex()))
                    .collect(Collectors.joining(", "));
            return new BoxGalleryItem(image.imageId(), image.file(), image.width(), image.height(), e.misses(), kept,
                    "missed: " + names);
        }).toList();
    }

    static List<BoxGalleryItem> falsePositives(DetectionSet set, List<ImageErrors> errors) {
        List<ImageErrors> sorted = new ArrayList<>(errors.stream().filter(e -> !e.falsePositives().isEmpty()).toList());
        sorted.sort(Comparator.comparingDouble((ImageErrors e) -> -best(e.falsePositives()).score()));
        return sorted.stream().limit(LIMIT).map(e -> {
            DetectionSet.Image image = set.images().get(e.image());
            Detection best = best(e.falsePositives());
            int more = e.falsePositives().size() - 1;
            return new BoxGalleryItem(image.imageId(), image.file(), image.width(), image.height(),
                    image.result().truths(), e.falsePositives(), "wrong: "
                    + BoxNames.caption(BoxNames.nameOf(set.classes(), best.classIndex()), best.score())
                    + (more > 0 ? " and " + more + " more" : ""));
        }).toList();
    }

    private static Detection best(List<Detection> detections) {
        return detections.stream().max(Comparator.comparingDouble(Detection::score)).orElseThrow();
    }
}
