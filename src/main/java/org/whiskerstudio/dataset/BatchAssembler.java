package org.whiskerstudio.dataset;

import java.util.Random;

/**
 * Builds one batch as two plain float arrays: features (augmented when asked, normalised, laid out by a
 * {@link Layout}) and one-hot labels. Kept free of DL4J so the engine wraps each array once, not pixel by pixel.
 */
public final class BatchAssembler {
    /** One batch: {@code count} examples, features in the layout's order, labels [count, classes]. */
    public record Batch(int count, float[] features, float[] labels) {
    }

    private final ExampleSource source;
    private final Normalisation normalisation;
    private final Layout layout;
    private final int classes;
    private final Augmenter augmenter;

    public BatchAssembler(ExampleSource source, Normalisation normalisation, Layout layout, int classes,
                          Augmentation augmentation) {
        if (normalisation.channels() != source.channels()) {
            throw new IllegalArgumentException("normalisation has " + normalisation.channels() + " channels, the data "
                    + source.channels());
        }
        this.source = source;
        this.normalisation = normalisation;
        this.layout = layout;
        this.classes = classes;
        this.augmenter = new Augmenter(augmentation, source.channels(), source.height(), source.width());
    }

    public ExampleSource source() {
        return source;
    }

    public Layout layout() {
        return layout;
    }

    public int classes() {
        return classes;
    }

    /**
     * The examples {@code order[from..to)}. When augmenting, example k of the order gets a generator seeded from
     * {@code augmentSeed} and k alone, so a batch is the same whichever thread builds it.
     */
    public Batch assemble(int[] order, int from, int to, boolean augment, long augmentSeed) {
        int n = to - from;
        int size = source.pixels();
        int plane = source.height() * source.width();
        float[] features = new float[n * size];
        float[] labels = new float[n * classes];
        float[] pixels = new float[size];
        float[] scratch = new float[size];
        float[] mean = normalisation.mean();
        float[] std = normalisation.std();
        for (int b = 0; b < n; b++) {
            int index = order[from + b];
            source.read(index, pixels, 0);
            if (augment && !augmenter.isNone()) {
                augmenter.apply(pixels, new Random(augmentSeed ^ ((from + b + 1) * 0x9E3779B97F4A7C15L)), scratch);
            }
            for (int c = 0; c < mean.length; c++) {
                float m = mean[c];
                float inverse = 1f / std[c];
                for (int k = c * plane, end = k + plane; k < end; k++) {
                    float v = (pixels[k] - m) * inverse;
                    // A padded series step (NaN) enters the network as 0, the feature's training mean.
                    pixels[k] = v == v ? v : 0f;
                }
            }
            layout.place(pixels, features, b, source.channels(), source.height(), source.width());
            int label = source.label(index);
            // An example without a class (an autoencoder learning all examples) has an all-zero label row.
            if (label >= 0) {
                labels[b * classes + label] = 1f;
            }
        }
        return new Batch(n, features, labels);
    }
}
