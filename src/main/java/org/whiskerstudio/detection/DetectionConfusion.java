package org.whiskerstudio.detection;

import java.util.ArrayList;
import java.util.List;
import org.whiskerstudio.detection.GreedyMatcher.ImageMatch;
import org.whiskerstudio.labelling.Shape.Box;

/**
 * A confusion matrix for boxes: rows are the true class, columns the predicted one, and the last row and column are
 * the background. Per image, detections at or above the score threshold are first matched to ground truths of their
 * own class ({@link ImageMatching}: the diagonal); the detections and ground truths left are then matched whatever
 * their classes, by the same greedy rule (a box found with the wrong class); what is still left is a detection of
 * nothing (background row) or a ground truth missed (background column). The background-background cell stays 0.
 *
 * @param counts (classes + 1) x (classes + 1)
 */
public record DetectionConfusion(int[][] counts) {
    public DetectionConfusion {
        counts = copyOf(counts);
    }

    /** A copy of the counts, rows the true class, columns the predicted one. */
    @Override
    public int[][] counts() {
        return copyOf(counts);
    }

    private static int[][] copyOf(int[][] counts) {
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    public int classes() {
        return counts.length - 1;
    }

    /** The index of the background row and column. */
    public int background() {
        return counts.length - 1;
    }

    public int count(int truth, int predicted) {
        return counts[truth][predicted];
    }

    public static DetectionConfusion of(List<ImageResult> images, int classCount, double iouThreshold,
                                        double scoreThreshold) {
        int[][] counts = new int[classCount + 1][classCount + 1];
        for (ImageResult image : images) {
            add(counts, image, classCount, iouThreshold, scoreThreshold);
        }
        return new DetectionConfusion(counts);
    }

    private static void add(int[][] counts, ImageResult image, int background, double iouThreshold,
                            double scoreThreshold) {
        ImageMatching matching = ImageMatching.of(image, iouThreshold, scoreThreshold);
        List<Integer> truthsLeft = new ArrayList<>();
        for (int g = 0; g < image.truths().size(); g++) {
            if (!matching.truthMatched()[g]) {
                truthsLeft.add(g);
            }
        }
        List<Integer> detectionsLeft = new ArrayList<>();
        for (int d = 0; d < image.detections().size(); d++) {
            int k = image.detections().get(d).classIndex();
            if (matching.detectionTruth()[d] >= 0) {
                counts[k][k]++;
            } else if (matching.kept()[d]) {
                detectionsLeft.add(d);
            }
        }
        List<Box> truthBoxes = truthsLeft.stream().map(g -> image.truths().get(g).box()).toList();
        List<Detection> detections = detectionsLeft.stream().map(d -> image.detections().get(d)).toList();
        ImageMatch across = GreedyMatcher.match(truthBoxes, detections, AreaRange.ALL, new double[] {iouThreshold},
                Integer.MAX_VALUE);
        boolean[] truthTaken = new boolean[truthBoxes.size()];
        for (int rank = 0; rank < across.size(); rank++) {
            int predicted = detections.get(across.order()[rank]).classIndex();
            int g = across.matchedTruth()[0][rank];
            if (g >= 0) {
                truthTaken[g] = true;
                counts[image.truths().get(truthsLeft.get(g)).classIndex()][predicted]++;
            } else {
                counts[background][predicted]++;
            }
        }
        for (int g = 0; g < truthBoxes.size(); g++) {
            if (!truthTaken[g]) {
                counts[image.truths().get(truthsLeft.get(g)).classIndex()][background]++;
            }
        }
    }
}
