package org.whiskerstudio.training.dl4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.deeplearning4j.datasets.iterator.ExistingDataSetIterator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.architecture.dl4j.Dl4jShapes;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.dl4j.TrainingTensors;

/**
 * A tiny learnable task in memory: which half of an image (or which half of a sequence's steps) is lit. Batches are
 * shuffled by (seed, epoch) like the real data, so a run is repeatable epoch by epoch.
 */
final class ToyData implements TrainingTensors {
    private final TensorShape shape;
    private final int batchSize;
    private final long seed;
    private final List<float[]> train = new ArrayList<>();
    private final List<Integer> trainLabels = new ArrayList<>();
    private final List<float[]> validation = new ArrayList<>();
    private final List<Integer> validationLabels = new ArrayList<>();
    private int nanEpoch = -1;

    private ToyData(TensorShape shape, int batchSize, long seed) {
        this.shape = shape;
        this.batchSize = batchSize;
        this.seed = seed;
    }

    /** {@code examples} training and a quarter as many validation examples (none when {@code withValidation} is off). */
    static ToyData of(TensorShape shape, int examples, int batchSize, boolean withValidation) {
        ToyData data = new ToyData(shape, batchSize, 7);
        Random random = new Random(1234);
        data.fill(random, examples, data.train, data.trainLabels);
        if (withValidation) {
            data.fill(random, Math.max(1, examples / 4), data.validation, data.validationLabels);
        }
        return data;
    }

    /** Validation labels swapped: the better the network learns, the worse its validation loss. */
    ToyData withSwappedValidationLabels() {
        validationLabels.replaceAll(label -> 1 - label);
        return this;
    }

    /** The first batch of this epoch (0-based) holds a NaN pixel, like a corrupt image. */
    ToyData withNanInEpoch(int epoch) {
        nanEpoch = epoch;
        return this;
    }

    private void fill(Random random, int n, List<float[]> features, List<Integer> labels) {
        int size = (int) shape.size();
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            float[] x = new float[size];
            for (int k = 0; k < size; k++) {
                // The "lit" half is the first or second half of the positions along the last axis (width or steps).
                int position = k % lastAxis();
                boolean lit = (position < lastAxis() / 2) == (label == 0);
                x[k] = (lit ? 0.8f : 0.2f) + (float) random.nextGaussian() * 0.1f;
            }
            features.add(x);
            labels.add(label);
        }
    }

    private int lastAxis() {
        if (shape instanceof TensorShape.Image image) {
            return image.width();
        }
        if (shape instanceof TensorShape.Sequence sequence) {
            return sequence.steps();
        }
        return (int) shape.size();
    }

    @Override
    public List<String> classes() {
        return List.of("left", "right");
    }

    @Override
    public int trainExamples() {
        return train.size();
    }

    @Override
    public DataSetIterator train(int epoch) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed * 31 + epoch));
        List<DataSet> batches = batches(order, train, trainLabels);
        if (epoch == nanEpoch) {
            batches.get(0).getFeatures().putScalar(0, Float.NaN);
        }
        return new ExistingDataSetIterator(batches);
    }

    @Override
    public Optional<DataSetIterator> validation() {
        if (validation.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < validation.size(); i++) {
            order.add(i);
        }
        return Optional.of(new ExistingDataSetIterator(batches(order, validation, validationLabels)));
    }

    @Override
    public Optional<DataSetIterator> test() {
        return Optional.empty();
    }

    @Override
    public Normalisation normalisation() {
        return Normalisation.identity(1);
    }

    private List<DataSet> batches(List<Integer> order, List<float[]> features, List<Integer> labels) {
        List<DataSet> out = new ArrayList<>();
        for (int from = 0; from < order.size(); from += batchSize) {
            List<Integer> part = order.subList(from, Math.min(order.size(), from + batchSize));
            int size = (int) shape.size();
            float[] x = new float[part.size() * size];
            float[] y = new float[part.size() * 2];
            for (int b = 0; b < part.size(); b++) {
                System.arraycopy(features.get(part.get(b)), 0, x, b * size, size);
                y[b * 2 + labels.get(part.get(b))] = 1;
            }
            INDArray f = Nd4j.create(x, Dl4jShapes.batchShape(shape, part.size()), 'c');
            out.add(new DataSet(f, Nd4j.create(y, new long[] {part.size(), 2}, 'c')));
        }
        return out;
    }
}
