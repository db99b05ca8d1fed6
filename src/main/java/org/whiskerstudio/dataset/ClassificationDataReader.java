package org.whiskerstudio.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.whiskerstudio.dataset.ClassificationData.Example;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;

/** Reads a project as a {@link ClassificationData}, making sure every example has its stored part first. */
public final class ClassificationDataReader {
    /** Below this many training images a class gets a warning. */
    public static final int FEW_TRAINING_IMAGES = 10;
    /** What the warning recommends. */
    public static final int ENOUGH_TRAINING_IMAGES = 50;

    /** The split's stratum for examples without one class (no class id is negative). */
    private static final long NO_CLASS_ID = -1L;

    private final ProjectStore store;

    public ClassificationDataReader(ProjectStore store) {
        this.store = store;
    }

    /** The labelled examples (one class each), as a classifier learns them. */
    public ClassificationData read() {
        return read(false);
    }

    /**
     * Every example, labels or not, as an autoencoder learning all the project learns it: unlabelled examples (and
     * those with several classes) come with {@link ClassificationData#NO_CLASS} and get a part of the split of their
     * own stratum, so validation holds some of them too.
     */
    public ClassificationData readAll() {
        return read(true);
    }

    private ClassificationData read(boolean all) {
        List<ImageAsset> images = store.images(ImageQuery.ALL);
        int unlabelled = 0;
        int several = 0;
        Map<Long, Long> classOf = new LinkedHashMap<>();
        Map<Long, ImageAsset> byId = new HashMap<>();
        for (ImageAsset image : images) {
            boolean one = image.classIds().size() == 1;
            if (one || all) {
                // The split plans unlabelled examples as one more stratum, apart from every class.
                classOf.put(image.id(), one ? image.classIds().get(0) : NO_CLASS_ID);
                byId.put(image.id(), image);
            } else if (image.classIds().isEmpty()) {
                unlabelled++;
            } else {
                several++;
            }
        }
        Set<Long> used = new TreeSet<>(classOf.values());
        List<String> classes = new ArrayList<>();
        Map<Long, Integer> index = new HashMap<>();
        for (LabelClass c : store.labelClasses()) {
            if (used.contains(c.id())) {
                index.put(c.id(), classes.size());
                classes.add(c.name());
            }
        }
        Map<Long, Subset> parts = new SplitPlanner(store).ensureSplit(classOf);
        List<Example> examples = new ArrayList<>();
        classOf.forEach((id, cls) -> {
            ImageAsset image = byId.get(id);
            examples.add(new Example(id, image.sha256(), store.layout().resolveStored(image.storedPath()),
                    index.getOrDefault(cls, ClassificationData.NO_CLASS), parts.get(id)));
        });
        List<String> errors = all ? (examples.isEmpty() ? List.of("The project has no examples to learn from.")
                : List.of()) : errors(classes);
        MediaKind kind = ProjectMedia.kind(images);
        return new ClassificationData(classes, examples, unlabelled, several, warnings(classes, examples, kind),
                errors);
    }

    /** What the data lacks, its examples named as they are ("training series", "test texts"). */
    static List<String> warnings(List<String> classes, List<Example> examples, MediaKind kind) {
        int[][] counts = new int[Subset.values().length][classes.size()];
        boolean anyValidation = false;
        boolean anyTest = false;
        for (Example e : examples) {
            if (e.classIndex() != ClassificationData.NO_CLASS) {
                counts[e.subset().ordinal()][e.classIndex()]++;
            }
            anyValidation |= e.subset() == Subset.VALIDATION;
            anyTest |= e.subset() == Subset.TEST;
        }
        List<String> warnings = new ArrayList<>();
        if (!anyValidation) {
            warnings.add("The project has no validation " + kind.plural()
                    + ", so training cannot tell the best epoch or stop early.");
        }
        if (!anyTest) {
            warnings.add("The project has no test " + kind.plural()
                    + ", so the final accuracy cannot be measured on unseen data.");
        }
        for (int c = 0; c < classes.size(); c++) {
            int train = counts[Subset.TRAIN.ordinal()][c];
            if (train < FEW_TRAINING_IMAGES) {
                warnings.add("Class " + classes.get(c) + " has only " + train + " training "
                        + (train == 1 ? kind.singular() : kind.plural()) + "; aim for " + ENOUGH_TRAINING_IMAGES + " or more.");
            }
            if (anyValidation && counts[Subset.VALIDATION.ordinal()][c] == 0) {
                warnings.add("Class " + classes.get(c) + " has no validation " + kind.plural()
                        + ", so its validation accuracy is unknown.");
            }
            if (anyTest && counts[Subset.TEST.ordinal()][c] == 0) {
                warnings.add("Class " + classes.get(c) + " has no test " + kind.plural()
                        + ", so its test accuracy is unknown.");
            }
        }
        return warnings;
    }

    static List<String> errors(List<String> classes) {
        if (classes.size() >= 2) {
            return List.of();
        }
        String which = classes.isEmpty() ? "none" : "only " + classes.get(0);
        return List.of("Training needs labelled examples of at least 2 classes (each with exactly one class); "
                + "the project has " + which + ".");
    }
}
