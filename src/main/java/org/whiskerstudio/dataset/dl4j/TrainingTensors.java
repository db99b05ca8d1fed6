package org.whiskerstudio.dataset.dl4j;

import java.util.List;
import java.util.Optional;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.whiskerstudio.dataset.Normalisation;

/**
 * A project's labelled data ready for the engine: batches of normalised features and one-hot labels, laid out as
 * the architecture's input wants them (NCHW images, [batch, features, steps] sequences or flat vectors).
 */
public interface TrainingTensors {
    /** Class names; label index i is classes().get(i). */
    List<String> classes();

    int trainExamples();

    /** Batches of the training part for {@code epoch} (0-based): shuffled by (seed, epoch) and augmented. */
    DataSetIterator train(int epoch);

    /** Batches of the validation part in a fixed order, or empty when the project has none. */
    Optional<DataSetIterator> validation();

    /** Batches of the test part in a fixed order, or empty when the project has none. */
    Optional<DataSetIterator> test();

    /** The standardisation fitted on the training part and applied to every batch. */
    Normalisation normalisation();
}
