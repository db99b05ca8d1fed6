package org.whiskerstudio.dataset.dl4j;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.dataset.BatchAssembler;
import org.whiskerstudio.dataset.ExampleSource;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.NormalisationFitter;

/**
 * {@link TrainingTensors} over three parts of examples (from the tensor cache, or arrays in memory): the training part
 * shuffled by {@code Random(seed * 31 + epoch)} and augmented, validation and test in their fixed order, unchanged.
 */
public final class ExampleTrainingData implements TrainingTensors {
    private final List<String> classes;
    private final ExampleSource train;
    private final ExampleSource validation;
    private final ExampleSource test;
    private final Normalisation normalisation;
    private final Layout layout;
    private final int batchSize;
    private final long seed;
    private final Augmentation augmentation;

    /** Batches of {@code batchSize}; normalisation fitted on {@code train}. Empty parts are sources of size 0. */
    public ExampleTrainingData(List<String> classes, ExampleSource train, ExampleSource validation, ExampleSource test,
                               Layout layout, int batchSize, long seed, Augmentation augmentation) {
        this(classes, train, validation, test, NormalisationFitter.fit(train), layout, batchSize, seed, augmentation);
    }

    public ExampleTrainingData(List<String> classes, ExampleSource train, ExampleSource validation, ExampleSource test,
                               Normalisation normalisation, Layout layout, int batchSize, long seed,
                               Augmentation augmentation) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
        this.classes = List.copyOf(classes);
        this.train = train;
        this.validation = validation;
        this.test = test;
        this.normalisation = normalisation;
        this.layout = layout;
        this.batchSize = batchSize;
        this.seed = seed;
        this.augmentation = augmentation;
    }

    @Override
    public List<String> classes() {
        return classes;
    }

    @Override
    public int trainExamples() {
        return train.size();
    }

    @Override
    public DataSetIterator train(int epoch) {
        long epochSeed = seed * 31 + epoch;
        int[] order = identity(train.size());
        Random random = new Random(epochSeed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return new BatchIterator(assembler(train, augmentation), order, batchSize, true, epochSeed, classes);
    }

    @Override
    public Optional<DataSetIterator> validation() {
        return inOrder(validation);
    }

    @Override
    public Optional<DataSetIterator> test() {
        return inOrder(test);
    }

    @Override
    public Normalisation normalisation() {
        return normalisation;
    }

    public Layout layout() {
        return layout;
    }

    public int batchSize() {
        return batchSize;
    }

    private Optional<DataSetIterator> inOrder(ExampleSource part) {
        if (part.size() == 0) {
            return Optional.empty();
        }
        return Optional.of(new BatchIterator(assembler(part, Augmentation.none()), identity(part.size()), batchSize,
                false, 0, classes));
    }

    private BatchAssembler assembler(ExampleSource part, Augmentation changes) {
        return new BatchAssembler(part, normalisation, layout, classes.size(), changes);
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }
}
