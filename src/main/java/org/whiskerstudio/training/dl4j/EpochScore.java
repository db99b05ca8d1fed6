package org.whiskerstudio.training.dl4j;

import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/** Loss (weighted by batch size) and accuracy summed over the batches of an epoch or of the validation part. */
final class EpochScore {
    private final Evaluation evaluation = new Evaluation();
    private double lossSum;
    private long examples;

    void add(DataSet batch, double loss, INDArray predictions) {
        long n = batch.getFeatures().size(0);
        lossSum += loss * n;
        examples += n;
        evaluation.eval(batch.getLabels(), predictions, batch.getLabelsMaskArray());
    }

    /** NaN when no batch was seen. */
    double loss() {
        return examples == 0 ? Double.NaN : lossSum / examples;
    }

    double accuracy() {
        return examples == 0 ? Double.NaN : evaluation.accuracy();
    }

    /** Loss and accuracy of the network on every batch of a part, in inference mode. */
    static EpochScore of(Network net, org.nd4j.linalg.dataset.api.iterator.DataSetIterator part) {
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
