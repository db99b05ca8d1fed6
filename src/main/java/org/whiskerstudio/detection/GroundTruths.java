package org.whiskerstudio.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.Shape;

/**
 * A project's labels as a detector learns them: boxes as drawn, polygons and objects in parts by their bounding boxes
 * (an object in parts is one object, however many pieces show); tags say nothing about where an object is and are
 * left out, as are points, lines and circles (keypoints and measurements, not objects) and labels of classes the
 * detector does not know.
 */
public final class GroundTruths {
    private GroundTruths() {
    }

    /**
     * One image's ground truths, in the annotations' order.
     *
     * @param classIndex the detector's index of each class id it knows
     */
    public static List<GroundTruth> of(List<Annotation> annotations, Map<Long, Integer> classIndex) {
        List<GroundTruth> truths = new ArrayList<>();
        for (Annotation annotation : annotations) {
            Integer index = classIndex.get(annotation.classId());
            if (index == null) {
                continue;
            }
            // A tag has no place in the image: it adds nothing.
            if (annotation.shape() instanceof Shape.Box box) {
                truths.add(new GroundTruth(index, box));
            } else if (annotation.shape() instanceof Shape.Polygon polygon) {
                truths.add(new GroundTruth(index, polygon.bounds()));
            } else if (annotation.shape() instanceof Shape.Parts parts) {
                truths.add(new GroundTruth(index, parts.bounds()));
            }
        }
        return truths;
    }
}
