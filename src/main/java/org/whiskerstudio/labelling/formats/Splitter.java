package org.whiskerstudio.labelling.formats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Seeded, stratified train/val/test assignment: each class keeps its share in every part, and the same images
 * with the same seed always split the same way, whatever order they come in.
 */
public final class Splitter {
    /** The stratum of images with neither tags nor shapes. */
    public static final String UNLABELLED = "(unlabelled)";

    private static final Split[] PARTS = {Split.TRAIN, Split.VAL, Split.TEST};

    private Splitter() {
    }

    /**
     * {@link #assign(List, SplitSpec)} with the fractions and seed given one by one.
     *
     * @throws IllegalArgumentException when a fraction is negative or they do not add up to 1 (within 1e-9)
     */
    public static List<DatasetImage> assign(List<DatasetImage> images, double train, double val, double test, long seed) {
        return assign(images, new SplitSpec(train, val, test, seed));
    }

    /**
     * Returns {@code images}, in their order, each with its {@link Split} set (any earlier split is replaced).
     *
     * <p>Images are grouped by their first class: the first tag, else the first shape's class, else
     * {@link #UNLABELLED}. Each group is sorted by path (so input order does not matter), shuffled with a
     * {@link Random} seeded from the seed and the group's name (so adding a class leaves the others' cut alone),
     * and cut by largest-remainder rounding: the counts add up to the group's size and each part is within one
     * image of its fraction. A group of a single image goes to train when train has a share, since one image
     * alone says nothing as a validation or test set.
     */
    public static List<DatasetImage> assign(List<DatasetImage> images, SplitSpec spec) {
        Map<String, List<Integer>> strata = new TreeMap<>();
        List<Integer> byPath = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            byPath.add(i);
        }
        byPath.sort(Comparator.comparing(i -> images.get(i).path()));
        for (int index : byPath) {
            strata.computeIfAbsent(stratum(images.get(index)), key -> new ArrayList<>()).add(index);
        }
        Split[] splits = new Split[images.size()];
        strata.forEach((name, members) -> {
            Collections.shuffle(members, new Random(spec.seed() * 31 + name.hashCode()));
            int[] counts = counts(members.size(), spec);
            int next = 0;
            for (int part = 0; part < counts.length; part++) {
                for (int k = 0; k < counts[part]; k++) {
                    splits[members.get(next++)] = PARTS[part];
                }
            }
        });
        List<DatasetImage> result = new ArrayList<>(images.size());
        for (int i = 0; i < images.size(); i++) {
            result.add(images.get(i).withSplit(splits[i]));
        }
        return List.copyOf(result);
    }

    /** The class an image is stratified by. */
    static String stratum(DatasetImage image) {
        if (!image.tags().isEmpty()) {
            return image.tags().get(0);
        }
        if (!image.shapes().isEmpty()) {
            return image.shapes().get(0).className();
        }
        return UNLABELLED;
    }

    /** How many of {@code size} images go to train, val and test: largest-remainder rounding of the fractions. */
    static int[] counts(int size, SplitSpec spec) {
        double[] fractions = {spec.train(), spec.val(), spec.test()};
        int[] counts = new int[3];
        if (size == 1 && spec.train() > 0) {
            counts[0] = 1;
            return counts;
        }
        double[] remainders = new double[3];
        int given = 0;
        for (int part = 0; part < 3; part++) {
            double exact = size * fractions[part];
            // The nudge keeps 0.57 * 100 = 56.99999999999999 from losing its whole image to rounding error.
            counts[part] = (int) Math.floor(exact + 1e-9);
            remainders[part] = Math.max(0, exact - counts[part]);
            given += counts[part];
        }
        // Ties go to the earlier part (train before val before test), which keeps the result deterministic.
        while (given < size) {
            int best = 0;
            for (int part = 1; part < 3; part++) {
                if (remainders[part] > remainders[best]) {
                    best = part;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            given++;
        }
        return counts;
    }
}
