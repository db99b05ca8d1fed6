package org.whiskerstudio.training.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * An autoencoder's two views of a batch: its features as their own target (flattened when the network rebuilds them
 * as a vector), and how far each example's reconstruction is from it (its anomaly score).
 */
public final class Reconstructions {
    private Reconstructions() {
    }

    /** The batch with its labels replaced by its own features (the class labels are not what it learns). */
    public static DataSet target(DataSet batch, boolean flat) {
        INDArray features = batch.getFeatures();
        INDArray target = flat ? rows(features) : features;
        return new DataSet(features, target, batch.getFeaturesMaskArray(), null);
    }

    /** Each example's mean squared difference between {@code output} and {@code features}, number by number. */
    public static double[] errors(INDArray output, INDArray features) {
        INDArray diff = rows(output).sub(rows(features));
        return Transforms.pow(diff, 2, false).mean(1).toDoubleVector();
    }

    /** [examples, numbers] in C order, the order DL4J flattens an image or sequence in before a Dense layer. */
    private static INDArray rows(INDArray array) {
        return array.rank() == 2 ? array : array.dup('c').reshape('c', array.size(0), array.length() / array.size(0));
    }
}
