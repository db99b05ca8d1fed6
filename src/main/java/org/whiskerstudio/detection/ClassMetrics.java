package org.whiskerstudio.detection;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One class's figures over a set of images. Without ground truth (in the whole set) there is no average precision:
 * the optionals are empty and the class stays out of the means, as cocoeval leaves it out with its -1.
 *
 * @param truths     ground truths of the class
 * @param detections detections of the class (at most {@link DetectionEvaluator#MAX_DETECTIONS} per image)
 * @param ap50       AP at IoU 0.5, VOC 2010+ all-point
 * @param ap50Coco   AP at IoU 0.5, COCO's 101 recall levels
 * @param apCoco     COCO AP, the mean over IoU 0.50, 0.55, ..., 0.95 of the 101-level AP
 * @param curve50    the precision-recall curve at IoU 0.5 over all sizes
 */
public record ClassMetrics(int classIndex, int truths, int detections, OptionalDouble ap50, OptionalDouble ap50Coco,
                           OptionalDouble apCoco, Optional<PrecisionRecallCurve> curve50) {
}
