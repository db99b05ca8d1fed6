package org.whiskerstudio.training.dl4j;

import java.util.Optional;
import java.util.function.Function;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/**
 * Loss (weighted by batch size) over the batches of an epoch or of the validation part, and accuracy over the
 * batches whose predictions were added (all of them for validation, a sample for training).
 */
final class EpochScore {
    private final Evaluation evaluation = new Evaluation();
    private double lossSum;
    private long examples;
    private boolean predicted;

    void add(DataSet batch, double loss, INDArray predictions) {
        addLoss(batch, loss);
        addPredictions(batch, predictions);
    }

    void addLoss(DataSet batch, double loss) {
        long n = batch.getFeatures().size(0);
        lossSum += loss * n;
        examples += n;
    }

    void addPredictions(DataSet batch, INDArray predictions) {
        evaluation.eval(batch.getLabels(), predictions, batch.getLabelsMaskArray());
        predicted = true;
    }

    /** Examples whose loss was added. */
    long examples() {
        return examples;
    }

    /** NaN when no batch was seen. */
    double loss() {
        return examples == 0 ? Double.NaN : lossSum / examples;
    }

    /** NaN when no predictions were added. */
    double accuracy() {
        return predicted ? evaluation.accuracy() : Double.NaN;
    }

    /** Loss alone, in inference mode, of the batches of a part as {@code learned} turns them (skipping empty ones). */
    static EpochScore lossOf(Network net, DataSetIterator part, Function<DataSet, Optional<DataSet>> learned) {
        if (part.resetSupported()) {
            part.reset();
        }
        EpochScore score = new EpochScore();
        while (part.hasNext()) {
            learned.apply(part.next()).ifPresent(batch -> score.addLoss(batch, net.loss(batch)));
        }
        return score;
    }

    /** Loss and accuracy of the network on every batch of a part, in inference mode. */
    static EpochScore of(Network net, DataSetIterator part) {
        if (part.resetSupported()) {
            part.reset();
        }
        EpochScore score = new EpochScore();
        while (part.hasNext()) {
            DataSet batch = part.next();
            score.add(batch, net.loss(batch), net.predict(batch));
        }
        return score;
    }
}
