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
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.training.LineReconstructions;
import org.whiskerstudio.training.LiveReconstructions;
import org.whiskerstudio.training.ReconstructionLines;
import org.whiskerstudio.training.ReconstructionSamples;

/**
 * The few validation examples an autoencoder rebuilds after every epoch for the Train screen: always the same ones
 * (the first of the validation part that it learns from), so a person sees the same pictures grow sharp, or the same
 * windows' lines come to follow their inputs. Images go out as pixels; series and vectors as lines in the data's units.
 */
final class ReconstructionPreview {
    /** One row of inputs over one row of reconstructions fits beside the loss chart. */
    static final int COUNT = 8;
    /** Small line charts side by side: fewer, so each stays readable in the charts' column (about 400 px). */
    static final int LINE_COUNT = 4;
    private final INDArray features;
    private final Optional<INDArray> mask;
    private final TensorShape input;
    private final Normalisation normalisation;
    private final List<String> names;

    private ReconstructionPreview(INDArray features, Optional<INDArray> mask, TensorShape input,
                                  Normalisation normalisation, List<String> names) {
        this.features = features;
        this.mask = mask;
        this.input = input;
        this.normalisation = normalisation;
        this.names = names;
    }

    /**
     * The first examples of {@code validation} that {@code learned} keeps (the normal class's): {@link #COUNT}
     * images or {@link #LINE_COUNT} series or vectors; empty without validation examples.
     *
     * @param normalisation the run's standardisation, undone for lines
     * @param names         a series' feature names, or empty
     */
    static Optional<ReconstructionPreview> of(TensorShape input, Optional<DataSetIterator> validation,
                                              Function<DataSet, Optional<DataSet>> learned,
                                              Normalisation normalisation, List<String> names) {
        if (validation.isEmpty()) {
            return Optional.empty();
        }
        int count = picture(input).isPresent() ? COUNT : LINE_COUNT;
        DataSetIterator part = validation.get();
        if (part.resetSupported()) {
            part.reset();
        }
        List<INDArray> rows = new ArrayList<>();
        List<INDArray> masks = new ArrayList<>();
        int have = 0;
        while (have < count && part.hasNext()) {
            Optional<DataSet> batch = learned.apply(part.next());
            if (batch.isPresent()) {
                int take = (int) Math.min(count - have, batch.get().getFeatures().size(0));
                rows.add(first(batch.get().getFeatures(), take));
                Optional.ofNullable(batch.get().getFeaturesMaskArray()).ifPresent(m -> masks.add(first(m, take)));
                have += take;
            }
        }
        if (part.resetSupported()) {
            part.reset();
        }
        // Batches are masked all alike (a series input) or not at all.
        Optional<INDArray> mask = masks.size() == rows.size() && !masks.isEmpty()
                ? Optional.of(Nd4j.concat(0, masks.toArray(INDArray[]::new))) : Optional.empty();
        return have == 0 ? Optional.empty() : Optional.of(new ReconstructionPreview(
                Nd4j.concat(0, rows.toArray(INDArray[]::new)), mask, input, normalisation, List.copyOf(names)));
    }

    private static INDArray first(INDArray array, int take) {
        return array.get(NDArrayIndex.interval(0, take)).dup();
    }

    /** The network's reconstructions of the examples now. */
    LiveReconstructions sample(Network net, int epoch) {
        INDArray output = net.predict(new DataSet(features, null, mask.orElse(null), null));
        int n = (int) features.size(0);
        float[] in = flat(features, n);
        float[] out = flat(output, n);
        Optional<TensorShape.Image> picture = picture(input);
        if (picture.isPresent()) {
            return ImagePreviews.samples(epoch, picture.get(), in, out);
        }
        ReconstructionLines.Layout layout = input instanceof TensorShape.Sequence s
                ? new ReconstructionLines.Layout(LineReconstructions.Along.STEPS, s.features(), s.steps())
                : new ReconstructionLines.Layout(LineReconstructions.Along.ENTRIES, 1, (int) input.size());
        float[] real = mask.map(m -> flat(m, n)).orElseGet(() -> ones(n * layout.steps()));
        return ReconstructionLines.of(epoch, layout, in, out, real, normalisation, names);
    }

    /**
     * What is shown as pictures: an image, and a vector the project's images are read into as a square (784 numbers
     * are a 28x28 grey image, the same numbers in the same order); a vector of one row, and a series, are lines.
     */
    static Optional<TensorShape.Image> picture(TensorShape input) {
        if (input instanceof TensorShape.Image image) {
            return Optional.of(image);
        }
        if (!(input instanceof TensorShape.Vector)) {
            return Optional.empty();
        }
        Preprocessing read = Layout.preprocessing(input, ResizeMode.STRETCH);
        return read.height() > 1 ? Optional.of(new TensorShape.Image(read.height(), read.width(), read.channels()))
                : Optional.empty();
    }

    /** [examples, numbers] in C order: an image's CHW, a sequence's [features, steps], a vector as it is. */
    private static float[] flat(INDArray array, int n) {
        return array.dup('c').reshape('c', n, array.length() / n).castTo(DataType.FLOAT).data().asFloat();
    }

    private static float[] ones(int length) {
        float[] out = new float[length];
        java.util.Arrays.fill(out, 1f);
        return out;
    }
}
