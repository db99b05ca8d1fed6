package org.whiskerstudio.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Anchor boxes as YOLOv2 fits them: k-means over the boxes' sizes with 1 - IoU as the distance, so a large box is not
 * favoured over a small one. Seeded k-means++ starts, then rounds of assigning each size to its nearest anchor and
 * moving each anchor to its members' mean size, until no anchor moves (at most {@value #MAX_ROUNDS} rounds). An anchor
 * left without members stays where it was. The same sizes and seed always give the same anchors.
 */
public final class AnchorFitter {
    static final int MAX_ROUNDS = 300;

    private AnchorFitter() {
    }

    /** {@code k} anchors for the sizes (at least k of them), smallest area first, in the sizes' units. */
    public static List<BoxSize> fit(List<BoxSize> sizes, int k, long seed) {
        if (k < 1 || sizes.size() < k) {
            throw new IllegalArgumentException("fitting " + k + " anchors needs at least " + k + " boxes, got "
                    + sizes.size());
        }
        List<BoxSize> anchors = start(sizes, k, new Random(seed));
        int[] assigned = new int[sizes.size()];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            assign(sizes, anchors, assigned);
            List<BoxSize> moved = means(sizes, anchors, assigned);
            if (moved.equals(anchors)) {
                break;
            }
            anchors = moved;
        }
        List<BoxSize> sorted = new ArrayList<>(anchors);
        sorted.sort(Comparator.comparingDouble(BoxSize::area));
        return sorted;
    }

    /**
     * Anchors in the units {@code Yolo2OutputLayer} wants: grid cells. Sizes are in input pixels (after letterboxing
     * to a square of {@code inputSize}); a cell is {@code inputSize / grid} pixels wide.
     */
    public static List<BoxSize> inGridUnits(List<BoxSize> inputPixels, int inputSize, int grid) {
        double cell = (double) inputSize / grid;
        return inputPixels.stream().map(s -> s.scaled(1 / cell)).toList();
    }

    /** k-means++: each next anchor is drawn with a probability proportional to its squared distance to the nearest. */
    private static List<BoxSize> start(List<BoxSize> sizes, int k, Random random) {
        List<BoxSize> anchors = new ArrayList<>();
        anchors.add(sizes.get(random.nextInt(sizes.size())));
        double[] weight = new double[sizes.size()];
        while (anchors.size() < k) {
            double total = 0;
            for (int i = 0; i < sizes.size(); i++) {
                double d = distance(sizes.get(i), anchors.get(nearest(sizes.get(i), anchors)));
                weight[i] = d * d;
                total += weight[i];
            }
            if (total == 0) {
                // Fewer distinct sizes than anchors: the rest repeat the first, which k-means leaves in place.
                anchors.add(anchors.get(0));
                continue;
            }
            double draw = random.nextDouble() * total;
            int pick = 0;
            while (pick < sizes.size() - 1 && draw >= weight[pick]) {
                draw -= weight[pick];
                pick++;
            }
            anchors.add(sizes.get(pick));
        }
        return anchors;
    }

    private static void assign(List<BoxSize> sizes, List<BoxSize> anchors, int[] assigned) {
        for (int i = 0; i < sizes.size(); i++) {
            assigned[i] = nearest(sizes.get(i), anchors);
        }
    }

    private static List<BoxSize> means(List<BoxSize> sizes, List<BoxSize> anchors, int[] assigned) {
        double[] w = new double[anchors.size()];
        double[] h = new double[anchors.size()];
        int[] n = new int[anchors.size()];
        for (int i = 0; i < sizes.size(); i++) {
            w[assigned[i]] += sizes.get(i).width();
            h[assigned[i]] += sizes.get(i).height();
            n[assigned[i]]++;
        }
        List<BoxSize> moved = new ArrayList<>();
        for (int a = 0; a < anchors.size(); a++) {
            moved.add(n[a] == 0 ? anchors.get(a) : new BoxSize(w[a] / n[a], h[a] / n[a]));
        }
        return moved;
    }

    /** The index of the nearest anchor (the first of equals). */
    private static int nearest(BoxSize size, List<BoxSize> anchors) {
        int best = 0;
        for (int a = 1; a < anchors.size(); a++) {
            if (distance(size, anchors.get(a)) < distance(size, anchors.get(best))) {
                best = a;
            }
        }
        return best;
    }

    static double distance(BoxSize a, BoxSize b) {
        return 1 - a.iou(b);
    }

    /** The mean over the sizes of the IoU with their nearest anchor: how well the anchors fit ("avg IoU" in YOLOv2). */
    public static double meanIou(List<BoxSize> sizes, List<BoxSize> anchors) {
        return sizes.stream().mapToDouble(s -> s.iou(anchors.get(nearest(s, anchors)))).average().orElse(0);
    }
}
