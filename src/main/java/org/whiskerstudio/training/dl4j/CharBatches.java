package org.whiskerstudio.training.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.dataset.text.CharWindows;

/** Windows of characters as DL4J batches: one-hot features and next-character labels, both [batch, vocabulary, steps]. */
final class CharBatches {
    private CharBatches() {
    }

    static DataSet of(CharWindows windows, int[] batch, int vocabulary) {
        int steps = windows.steps();
        float[] features = new float[batch.length * vocabulary * steps];
        float[] labels = new float[features.length];
        for (int b = 0; b < batch.length; b++) {
            int base = b * vocabulary * steps;
            for (int t = 0; t < steps; t++) {
                features[base + windows.input(batch[b], t) * steps + t] = 1;
                labels[base + windows.target(batch[b], t) * steps + t] = 1;
            }
        }
        long[] shape = {batch.length, vocabulary, steps};
        return new DataSet(Nd4j.create(features, shape, 'c'), Nd4j.create(labels, shape, 'c'));
    }

    /** One-hot [1, vocabulary, symbols.length] for feeding a primer or one generated character. */
    static INDArray oneHot(int[] symbols, int vocabulary) {
        float[] data = new float[vocabulary * symbols.length];
        for (int t = 0; t < symbols.length; t++) {
            data[symbols[t] * symbols.length + t] = 1;
        }
        return Nd4j.create(data, new long[] {1, vocabulary, symbols.length}, 'c');
    }
}
