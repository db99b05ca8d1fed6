package org.whiskerstudio.training.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.training.ReconstructionSamples;

/**
 * The few validation images an image autoencoder rebuilds after every epoch for the Train screen: always the same
 * ones (the first of the validation part that it learns from), so a person sees the same pictures grow sharp.
 */
final class ReconstructionPreview {
    /** One row of inputs over one row of reconstructions fits beside the loss chart. */
    static final int COUNT = 8;
    private final INDArray features;
    private final TensorShape.Image image;

    private ReconstructionPreview(INDArray features, TensorShape.Image image) {
        this.features = features;
        this.image = image;
    }

    /**
     * The first {@link #COUNT} images of {@code validation} that {@code learned} keeps (the normal class's); empty
     * for a network of series or vectors, or without validation images.
     */
    static Optional<ReconstructionPreview> of(TensorShape input, Optional<DataSetIterator> validation,
                                              Function<DataSet, Optional<DataSet>> learned) {
        if (!(input instanceof TensorShape.Image img) || validation.isEmpty()) {
            return Optional.empty();
        }
        DataSetIterator part = validation.get();
        if (part.resetSupported()) {
            part.reset();
        }
        List<INDArray> rows = new ArrayList<>();
        int have = 0;
        while (have < COUNT && part.hasNext()) {
            Optional<DataSet> batch = learned.apply(part.next());
            if (batch.isPresent()) {
                INDArray f = batch.get().getFeatures();
                int take = (int) Math.min(COUNT - have, f.size(0));
                rows.add(f.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, take)).dup());
                have += take;
            }
        }
        if (part.resetSupported()) {
            part.reset();
        }
        return have == 0 ? Optional.empty()
                : Optional.of(new ReconstructionPreview(Nd4j.concat(0, rows.toArray(INDArray[]::new)), img));
    }

    /** The network's reconstructions of the images now, each pair scaled by its input's range. */
    ReconstructionSamples sample(Network net, int epoch) {
        INDArray output = net.predict(new DataSet(features, null));
        int n = (int) features.size(0);
        int size = (int) image.size();
        float[] in = features.dup('c').reshape('c', n, size).castTo(DataType.FLOAT).data().asFloat();
        float[] out = output.dup('c').reshape('c', n, size).castTo(DataType.FLOAT).data().asFloat();
        List<byte[]> inputs = new ArrayList<>(n);
        List<byte[]> outputs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            float low = Float.POSITIVE_INFINITY;
            float high = Float.NEGATIVE_INFINITY;
            for (int k = 0; k < size; k++) {
                low = Math.min(low, in[i * size + k]);
                high = Math.max(high, in[i * size + k]);
            }
            inputs.add(bytes(in, i * size, size, low, high));
            outputs.add(bytes(out, i * size, size, low, high));
        }
        return new ReconstructionSamples(epoch, image.width(), image.height(), image.channels(), inputs, outputs);
    }

    private static byte[] bytes(float[] values, int from, int size, float low, float high) {
        float range = high > low ? high - low : 1;
        byte[] px = new byte[size];
        for (int k = 0; k < size; k++) {
            px[k] = (byte) Math.max(0, Math.min(255, Math.round((values[from + k] - low) / range * 255)));
        }
        return px;
    }
}
