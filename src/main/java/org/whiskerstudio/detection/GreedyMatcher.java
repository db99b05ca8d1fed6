package org.whiskerstudio.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.whiskerstudio.labelling.Shape.Box;

/**
 * cocoeval.py's {@code evaluateImg} for one image and one class: detections, highest score first, each take the
 * unmatched ground truth they overlap most at or above the IoU threshold. Ties in score keep the detections' input
 * order (cocoeval sorts with a stable merge sort). A ground truth outside the area range is "ignored": it is matched
 * last (only when no counted one is left above the threshold), and a detection matched to it, or unmatched and itself
 * outside the range, is ignored too, neither a true nor a false positive. Crowd annotations are left out: the studio
 * treats every box as one object.
 */
final class GreedyMatcher {
    /** cocoeval caps a threshold just below 1 so that a perfect overlap still matches at IoU 1.0. */
    private static final double BELOW_ONE = 1 - 1e-10;

    private GreedyMatcher() {
    }

    /**
     * One image's matching at each threshold.
     *
     * @param order          the detections' input indices, highest score first, cut to the maximum number kept
     * @param scores         their scores, in that order
     * @param matchedTruth   [threshold][rank]: the input index of the ground truth matched, or -1
     * @param ignored        [threshold][rank]: neither a true nor a false positive
     * @param countedTruths  ground truths inside the area range (recall's denominator)
     */
    record ImageMatch(int[] order, double[] scores, int[][] matchedTruth, boolean[][] ignored, int countedTruths) {
        public int size() {
            return order.length;
        }
    }

    static ImageMatch match(List<Box> truths, List<Detection> detections, AreaRange area, double[] thresholds,
                                   int maxDetections) {
        boolean[] truthIgnored = new boolean[truths.size()];
        for (int g = 0; g < truths.size(); g++) {
            truthIgnored[g] = !area.contains(Boxes.area(truths.get(g)));
        }
        // Counted ground truths first, each group in input order, as cocoeval's stable sort on the ignore flag.
        int[] truthOrder = IntStream.range(0, truths.size()).boxed()
                .sorted(Comparator.comparing((Integer g) -> truthIgnored[g])).mapToInt(Integer::intValue).toArray();
        int[] order = IntStream.range(0, detections.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer d) -> -detections.get(d).score()))
                .limit(maxDetections).mapToInt(Integer::intValue).toArray();
        double[][] ious = new double[order.length][truthOrder.length];
        for (int d = 0; d < order.length; d++) {
            for (int g = 0; g < truthOrder.length; g++) {
                ious[d][g] = Boxes.iou(detections.get(order[d]).box(), truths.get(truthOrder[g]));
            }
        }
        int[][] matched = new int[thresholds.length][];
        boolean[][] ignored = new boolean[thresholds.length][];
        for (int t = 0; t < thresholds.length; t++) {
            matched[t] = matchAt(thresholds[t], ious, truthOrder, truthIgnored);
            ignored[t] = ignoredAt(matched[t], truthIgnored, order, detections, area);
        }
        double[] scores = new double[order.length];
        for (int d = 0; d < order.length; d++) {
            scores[d] = detections.get(order[d]).score();
        }
        int counted = (int) IntStream.range(0, truths.size()).filter(g -> !truthIgnored[g]).count();
        return new ImageMatch(order, scores, matched, ignored, counted);
    }

    /** The ground truths (input indices) matched by each detection at one threshold, or -1. */
    private static int[] matchAt(double threshold, double[][] ious, int[] truthOrder, boolean[] truthIgnored) {
        boolean[] taken = new boolean[truthOrder.length];
        int[] matched = new int[ious.length];
        for (int d = 0; d < ious.length; d++) {
            double best = Math.min(threshold, BELOW_ONE);
            int m = -1;
            for (int g = 0; g < truthOrder.length; g++) {
                if (taken[g]) {
                    continue;
                }
                // Once a counted ground truth is matched, the ignored ones (sorted last) cannot replace it.
                if (m > -1 && !truthIgnored[truthOrder[m]] && truthIgnored[truthOrder[g]]) {
                    break;
                }
                if (ious[d][g] < best) {
                    continue;
                }
                best = ious[d][g];
                m = g;
            }
            matched[d] = m == -1 ? -1 : truthOrder[m];
            if (m > -1) {
                taken[m] = true;
            }
        }
        return matched;
    }

    private static boolean[] ignoredAt(int[] matched, boolean[] truthIgnored, int[] order, List<Detection> detections,
                                       AreaRange area) {
        boolean[] ignored = new boolean[matched.length];
        for (int d = 0; d < matched.length; d++) {
            ignored[d] = matched[d] >= 0
                    ? truthIgnored[matched[d]]
                    : !area.contains(Boxes.area(detections.get(order[d]).box()));
        }
        return ignored;
    }

    /** The boxes of one class's ground truths, in input order. */
    static List<Box> boxesOf(List<GroundTruth> truths, int classIndex) {
        List<Box> boxes = new ArrayList<>();
        for (GroundTruth truth : truths) {
            if (truth.classIndex() == classIndex) {
                boxes.add(truth.box());
            }
        }
        return boxes;
    }
}
