package org.whiskerstudio.detection;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A detector's figures over a set of images. Each mean is over the classes that have ground truth (for an area
 * range: ground truth of that size); empty when none has.
 *
 * @param map50     mean AP at IoU 0.5, VOC 2010+ all-point ("mAP@0.5")
 * @param map50Coco mean AP at IoU 0.5 on COCO's 101 recall levels (COCO's "AP50")
 * @param mapCoco   COCO mAP@[.5:.95] over all sizes
 * @param mapByArea COCO mAP@[.5:.95] for each {@link AreaRange}, ALL included
 */
public record DetectionReport(List<ClassMetrics> classes, OptionalDouble map50, OptionalDouble map50Coco,
                              OptionalDouble mapCoco, Map<AreaRange, OptionalDouble> mapByArea) {
    public DetectionReport {
        classes = List.copyOf(classes);
        mapByArea = Map.copyOf(mapByArea);
    }
}
