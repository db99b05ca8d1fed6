package org.whiskerstudio.dataset;

import java.nio.file.Path;
import java.util.List;

/**
 * A project's images as a classification dataset: the classes that have examples (in project order), one example
 * per image carrying exactly one class, what was left out and why, and what is worth telling the user.
 *
 * @param classes         class names; an example's class index points into this list
 * @param unlabelled      images left out because they have no label
 * @param severalClasses  images left out because their labels name more than one class
 * @param warnings        sentences about weak spots (few images, a class missing from a part); training can go on
 * @param errors          sentences about what stops training (fewer than two classes); empty when it can start
 */
public record ClassificationData(List<String> classes, List<Example> examples, int unlabelled, int severalClasses,
                                 List<String> warnings, List<String> errors) {
    /** The class index of an example without exactly one class (read only by {@code readAll}). */
    public static final int NO_CLASS = -1;

    public ClassificationData {
        classes = List.copyOf(classes);
        examples = List.copyOf(examples);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    /** One image with its class ({@link #NO_CLASS} for none) and part. {@code file} is the stored copy, absolute. */
    public record Example(long imageId, String sha256, Path file, int classIndex, Subset subset) {
    }

    /** The example's class name; "" for one without a class. */
    public String className(Example e) {
        return e.classIndex() == NO_CLASS ? "" : classes.get(e.classIndex());
    }

    /** How many examples have no class (all of them are included only by {@code readAll}). */
    public long withoutClass() {
        return examples.stream().filter(e -> e.classIndex() == NO_CLASS).count();
    }

    public boolean canTrain() {
        return errors.isEmpty();
    }

    /** The examples of one part, in image order. */
    public List<Example> part(Subset subset) {
        return examples.stream().filter(e -> e.subset() == subset).toList();
    }
}
