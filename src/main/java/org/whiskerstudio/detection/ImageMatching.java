package org.whiskerstudio.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.whiskerstudio.detection.GreedyMatcher.ImageMatch;
import org.whiskerstudio.labelling.Shape.Box;

/**
 * One image's detections at or above a score threshold matched to its ground truths of the same class, greedily as
 * {@link GreedyMatcher} does at one IoU threshold, with no area range and no cap on detections: what the confusion
 * matrix and the galleries of misses and false positives read.
 *
 * @param detectionTruth for each detection (input order), the input index of its ground truth, or -1 when it is a
 *                       false positive or under the score threshold
 * @param truthMatched   for each ground truth (input order), whether a detection found it
 * @param kept           for each detection, whether its score reaches the threshold
 */
record ImageMatching(int[] detectionTruth, boolean[] truthMatched, boolean[] kept) {

    static ImageMatching of(ImageResult image, double iouThreshold, double scoreThreshold) {
        List<GroundTruth> truths = image.truths();
        List<Detection> detections = image.detections();
        int[] detectionTruth = new int[detections.size()];
        Arrays.fill(detectionTruth, -1);
        boolean[] truthMatched = new boolean[truths.size()];
        boolean[] kept = new boolean[detections.size()];
        for (int d = 0; d < detections.size(); d++) {
            kept[d] = detections.get(d).score() >= scoreThreshold;
        }
        for (int k : classesIn(image)) {
            List<Integer> truthIndex = new ArrayList<>();
            List<Box> classTruths = new ArrayList<>();
            for (int g = 0; g < truths.size(); g++) {
                if (truths.get(g).classIndex() == k) {
                    truthIndex.add(g);
                    classTruths.add(truths.get(g).box());
                }
            }
            List<Integer> detectionIndex = new ArrayList<>();
            List<Detection> classDetections = new ArrayList<>();
            for (int d = 0; d < detections.size(); d++) {
                if (kept[d] && detections.get(d).classIndex() == k) {
                    detectionIndex.add(d);
                    classDetections.add(detections.get(d));
                }
            }
            ImageMatch match = GreedyMatcher.match(classTruths, classDetections, AreaRange.ALL,
                    new double[] {iouThreshold}, Integer.MAX_VALUE);
            for (int rank = 0; rank < match.size(); rank++) {
                int g = match.matchedTruth()[0][rank];
                if (g >= 0) {
                    detectionTruth[detectionIndex.get(match.order()[rank])] = truthIndex.get(g);
                    truthMatched[truthIndex.get(g)] = true;
                }
            }
        }
        return new ImageMatching(detectionTruth, truthMatched, kept);
    }

    private static List<Integer> classesIn(ImageResult image) {
        SortedSet<Integer> classes = new TreeSet<>();
        image.truths().forEach(t -> classes.add(t.classIndex()));
        image.detections().forEach(d -> classes.add(d.classIndex()));
        return List.copyOf(classes);
    }

    /** Whether a detection counts as a false positive: kept, yet matched to no ground truth of its class. */
    boolean falsePositive(int d) {
        return kept[d] && detectionTruth[d] < 0;
    }
}
