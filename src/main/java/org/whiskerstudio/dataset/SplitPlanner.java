package org.whiskerstudio.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.whiskerstudio.dataset.SubsetStore.Assignment;
import org.whiskerstudio.dataset.SubsetStore.Origin;
import org.whiskerstudio.project.ProjectStore;

/**
 * Gives every usable image a stored train/validation/test part, stratified per class and seeded. Parts once stored
 * never change here (so the test part stays unseen across runs); new images are placed so each class moves toward
 * the project's fractions. A dataset's own parts are kept; when it brought no validation part, one is drawn from
 * its train part. Synthetic images (made by a GAN) always go to train and count toward no class's fractions: a model
 * is never validated or tested on generated images, even when a dataset's folders said test.
 */
public final class SplitPlanner {
    private static final Subset[] PARTS = Subset.values();

    private final ProjectStore store;
    private final SubsetStore subsets;

    public SplitPlanner(ProjectStore store) {
        this.store = store;
        this.subsets = new SubsetStore(store);
    }

    /**
     * Assigns a part to each image of {@code classOfImage} (image id to class id) that has none, and returns the
     * part of every one of them.
     */
    public Map<Long, Subset> ensureSplit(Map<Long, Long> allImages) {
        SplitSettings settings = SplitSettings.of(store);
        Map<Long, Assignment> stored = subsets.all();
        Map<Long, Subset> synthetic = trainOnly(allImages, stored);
        Map<Long, Long> classOfImage = new HashMap<>(allImages);
        classOfImage.keySet().removeAll(synthetic.keySet());
        Map<Long, Subset> moved = validationFromDatasetTrain(classOfImage, stored, settings);
        if (!moved.isEmpty()) {
            subsets.movePlanned(moved);
            moved.forEach((id, part) -> stored.put(id, new Assignment(part, Origin.PLANNED)));
        }
        Map<Long, List<Long>> fresh = new TreeMap<>();
        Map<Long, int[]> counts = new HashMap<>();
        classOfImage.forEach((image, cls) -> {
            Assignment a = stored.get(image);
            if (a == null) {
                fresh.computeIfAbsent(cls, k -> new ArrayList<>()).add(image);
            } else {
                counts.computeIfAbsent(cls, k -> new int[PARTS.length])[a.subset().ordinal()]++;
            }
        });
        Map<Long, Subset> planned = plan(fresh, counts, settings);
        subsets.addPlanned(planned);
        Map<Long, Subset> out = new HashMap<>(planned);
        out.putAll(synthetic);
        classOfImage.keySet().forEach(id -> {
            Assignment a = stored.get(id);
            if (a != null) {
                out.put(id, a.subset());
            }
        });
        return out;
    }

    /** The synthetic images among {@code images}, all in train; any stored elsewhere is moved there first. */
    private Map<Long, Subset> trainOnly(Map<Long, Long> images, Map<Long, Assignment> stored) {
        Map<Long, Subset> synthetic = new HashMap<>();
        store.generatedImages().keySet().stream().filter(images::containsKey).forEach(id -> synthetic.put(id, Subset.TRAIN));
        Map<Long, Subset> misplaced = new HashMap<>();
        synthetic.keySet().stream().filter(id -> stored.get(id) == null || stored.get(id).subset() != Subset.TRAIN)
                .forEach(id -> misplaced.put(id, Subset.TRAIN));
        subsets.movePlanned(misplaced);
        return synthetic;
    }

    /** Forgets the planned parts (the dataset's stay) and plans them again with the project's current settings. */
    public Map<Long, Subset> replan(Map<Long, Long> classOfImage) {
        subsets.clearPlanned();
        return ensureSplit(classOfImage);
    }

    /**
     * Places the images of each class (class id to its unassigned image ids) so that, with the counts it already has
     * per part, each class comes as near the fractions as whole images allow.
     */
    static Map<Long, Subset> plan(Map<Long, List<Long>> fresh, Map<Long, int[]> counts, SplitSettings settings) {
        Map<Long, Subset> out = new HashMap<>();
        for (Map.Entry<Long, List<Long>> e : fresh.entrySet()) {
            List<Long> images = shuffled(e.getValue(), settings.seed(), e.getKey());
            int[] quota = quota(images.size(), counts.getOrDefault(e.getKey(), new int[PARTS.length]), settings);
            int next = 0;
            for (Subset part : PARTS) {
                for (int k = 0; k < quota[part.ordinal()]; k++) {
                    out.put(images.get(next++), part);
                }
            }
        }
        return out;
    }

    /** How many of {@code n} new images each part gets: shares of what each part lacks, by largest remainder. */
    static int[] quota(int n, int[] have, SplitSettings settings) {
        int total = n;
        for (int h : have) {
            total += h;
        }
        double[] want = new double[PARTS.length];
        double wanted = 0;
        for (Subset part : PARTS) {
            want[part.ordinal()] = Math.max(0, total * settings.fraction(part) - have[part.ordinal()]);
            wanted += want[part.ordinal()];
        }
        int[] quota = new int[PARTS.length];
        double[] remainder = new double[PARTS.length];
        int given = 0;
        for (Subset part : PARTS) {
            int i = part.ordinal();
            double share = wanted > 0 ? n * want[i] / wanted : n * settings.fraction(part);
            quota[i] = (int) Math.floor(share + 1e-9);
            remainder[i] = share - quota[i];
            given += quota[i];
        }
        while (given < n) {
            int best = 0;
            for (int i = 1; i < PARTS.length; i++) {
                if (remainder[i] > remainder[best] + 1e-9) {
                    best = i;
                }
            }
            quota[best]++;
            remainder[best] = -1;
            given++;
        }
        return quota;
    }

    /**
     * A validation part drawn from the dataset's train part, class by class, when the project has dataset parts but
     * no validation image at all (IDX and many folder datasets come as train/test only).
     */
    private static Map<Long, Subset> validationFromDatasetTrain(Map<Long, Long> classOfImage, Map<Long, Assignment> stored,
                                                                SplitSettings settings) {
        if (settings.validation() == 0 || stored.values().stream().anyMatch(a -> a.subset() == Subset.VALIDATION)) {
            return Map.of();
        }
        Map<Long, List<Long>> trainByClass = new TreeMap<>();
        classOfImage.forEach((image, cls) -> {
            Assignment a = stored.get(image);
            if (a != null && a.origin() == Origin.DATASET && a.subset() == Subset.TRAIN) {
                trainByClass.computeIfAbsent(cls, k -> new ArrayList<>()).add(image);
            }
        });
        double fraction = settings.validation() / (settings.train() + settings.validation());
        Map<Long, Subset> out = new HashMap<>();
        trainByClass.forEach((cls, images) -> {
            List<Long> order = shuffled(images, settings.seed(), cls);
            long take = Math.round(order.size() * fraction);
            for (int k = 0; k < take && order.size() - k > 1; k++) {
                out.put(order.get(k), Subset.VALIDATION);
            }
        });
        return out;
    }

    /** The images in a seeded order that depends only on the ids, the seed and the class. */
    private static List<Long> shuffled(List<Long> images, long seed, long classId) {
        List<Long> order = new ArrayList<>(images);
        Collections.sort(order);
        Collections.shuffle(order, new Random(seed * 1_000_003L + classId));
        return order;
    }

    /** Counts per part of the given parts, for reports. */
    public static Map<Subset, Integer> countByPart(Map<Long, Subset> parts) {
        Map<Subset, Integer> out = new EnumMap<>(Subset.class);
        for (Subset part : PARTS) {
            out.put(part, 0);
        }
        parts.values().forEach(p -> out.merge(p, 1, Integer::sum));
        return out;
    }
}
