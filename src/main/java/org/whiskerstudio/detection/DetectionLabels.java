package org.whiskerstudio.detection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectStore;

/**
 * A project's labels as a detector reads them: its classes are the label classes with at least one box, polygon or
 * object in parts (in the project's class order), and its images those with such a label, plus, when asked, the
 * images marked reviewed without any (checked, so known to hold no object: negatives). Any other image without a box
 * is left out, as the issue asks: an unlabelled image may hold objects nobody has boxed yet.
 *
 * @param skipped images left out: neither boxed nor (when negatives are taken) reviewed
 */
public record DetectionLabels(List<String> classes, List<Labelled> images, int skipped) {
    public DetectionLabels {
        classes = List.copyOf(classes);
        images = List.copyOf(images);
    }

    /** One image with its ground truths (image pixels; empty for a negative) and its size. */
    public record Labelled(long imageId, String sha256, Path file, int width, int height, List<GroundTruth> truths) {
        public Labelled {
            truths = List.copyOf(truths);
        }
    }

    /**
     * Reads the project.
     *
     * @param negatives whether reviewed images without boxes are taken as images with no object
     */
    public static DetectionLabels read(ProjectStore store, boolean negatives) {
        AnnotationStore annotations = new AnnotationStore(store);
        Map<Long, List<Annotation>> byImage = annotations.all();
        Set<Long> boxed = new HashSet<>();
        byImage.values().forEach(list -> list.stream().filter(a -> isObject(a.shape()))
                .forEach(a -> boxed.add(a.classId())));
        List<String> classes = new ArrayList<>();
        Map<Long, Integer> index = new HashMap<>();
        for (LabelClass c : store.labelClasses()) {
            if (boxed.contains(c.id())) {
                index.put(c.id(), classes.size());
                classes.add(c.name());
            }
        }
        Set<Long> reviewed = negatives ? annotations.reviewedImageIds() : Set.of();
        List<Labelled> images = new ArrayList<>();
        int skipped = 0;
        for (ImageAsset image : store.images(ImageQuery.ALL)) {
            List<GroundTruth> truths = GroundTruths.of(byImage.getOrDefault(image.id(), List.of()), index);
            if (truths.isEmpty() && !reviewed.contains(image.id())) {
                skipped++;
                continue;
            }
            images.add(new Labelled(image.id(), image.sha256(), store.layout().resolveStored(image.storedPath()),
                    image.width(), image.height(), truths));
        }
        return new DetectionLabels(classes, images, skipped);
    }

    /** Whether a shape says where an object is (what {@link GroundTruths} turns into a box). */
    static boolean isObject(Shape shape) {
        return shape instanceof Shape.Box || shape instanceof Shape.Polygon || shape instanceof Shape.Parts;
    }

    /** Below this many boxes a class gets a warning. */
    public static final int FEW_BOXES = 5;

    /** What a person should know before training a detector on these labels; empty when fine. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (classes.isEmpty()) {
            warnings.add("The project has no boxes yet: a detector learns from boxes (or polygons) drawn around the "
                    + "objects on the Label screen.");
        }
        int[] counts = boxesPerClass();
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] < FEW_BOXES) {
                warnings.add("Class " + classes.get(c) + " has only " + counts[c] + " box" + (counts[c] == 1 ? "" : "es")
                        + "; a detector needs many more to find it (aim for 50 or more).");
            }
        }
        return warnings;
    }

    /** Every ground truth's count per class. */
    public int[] boxesPerClass() {
        int[] counts = new int[classes.size()];
        images.forEach(i -> i.truths().forEach(t -> counts[t.classIndex()]++));
        return counts;
    }
}
