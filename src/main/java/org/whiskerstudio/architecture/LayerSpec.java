package org.whiskerstudio.architecture;

/**
 * One block of the editor. Records are immutable: an edit makes a new spec. Constructors refuse values that make
 * no sense on their own (a kernel of 0, a dropout of 1.5) with a plain-language {@link IllegalArgumentException};
 * checks that depend on the input (a kernel larger than the image) are {@link ShapeInference}'s.
 */
public sealed interface LayerSpec {

    /** Short name of the kind, for the palette and messages: "Conv2D", "Dense", ... */
    String kind();

    /** The graph's input: an image of the project's size, or a sequence of N features. */
    record Input(TensorShape shape) implements LayerSpec {
        @Override
        public String kind() {
            return "Input";
        }
    }

    /** Padding of convolutions and pooling: VALID shrinks the output, SAME keeps size / stride. */
    enum Padding { VALID, SAME }

    record Conv2D(int filters, int kernel, int stride, Padding padding, Activation activation) implements LayerSpec {
        public Conv2D {
            positive("filters", filters);
            positive("kernel size", kernel);
            positive("stride", stride);
        }

        @Override
        public String kind() {
            return "Conv2D";
        }
    }

    /** Transposed convolution ("deconvolution"): grows the image by {@code stride}. */
    record Deconv2D(int filters, int kernel, int stride, Padding padding, Activation activation) implements LayerSpec {
        public Deconv2D {
            positive("filters", filters);
            positive("kernel size", kernel);
            positive("stride", stride);
        }

        @Override
        public String kind() {
            return "Deconv2D";
        }
    }

    /** Folds a vector of height x width x channels numbers into an image (a GAN generator's seed image). */
    record Reshape(int height, int width, int channels) implements LayerSpec {
        public Reshape {
            positive("height", height);
            positive("width", width);
            positive("channels", channels);
        }

        @Override
        public String kind() {
            return "Reshape";
        }
    }

    record Upsampling2D(int factor) implements LayerSpec {
        public Upsampling2D {
            positive("factor", factor);
        }

        @Override
        public String kind() {
            return "Upsampling2D";
        }
    }

    enum PoolType { MAX, AVG }

    record Pooling2D(PoolType type, int kernel, int stride) implements LayerSpec {
        public Pooling2D {
            positive("pool size", kernel);
            positive("stride", stride);
        }

        @Override
        public String kind() {
            return type == PoolType.MAX ? "MaxPool2D" : "AvgPool2D";
        }
    }

    /** Pools each channel (or each feature over time) to one number. */
    record GlobalPooling(PoolType type) implements LayerSpec {
        @Override
        public String kind() {
            return "GlobalPooling";
        }
    }

    record BatchNorm() implements LayerSpec {
        @Override
        public String kind() {
            return "BatchNorm";
        }
    }

    record Dropout(double rate) implements LayerSpec {
        public Dropout {
            if (!(rate >= 0 && rate < 1)) {
                throw new IllegalArgumentException("dropout rate must be at least 0 and below 1, got " + rate);
            }
        }

        @Override
        public String kind() {
            return "Dropout";
        }
    }

    record Dense(int units, Activation activation) implements LayerSpec {
        public Dense {
            positive("units", units);
        }

        @Override
        public String kind() {
            return "Dense";
        }
    }

    /** An LSTM; with {@code returnSequences} false only the last step goes on (sequence classification). */
    record Lstm(int units, boolean returnSequences) implements LayerSpec {
        public Lstm {
            positive("units", units);
        }

        @Override
        public String kind() {
            return "LSTM";
        }
    }

    record ActivationLayer(Activation activation) implements LayerSpec {
        @Override
        public String kind() {
            return "Activation";
        }
    }

    /** How the output layer learns: softmax over classes with cross-entropy, or one sigmoid unit per class. */
    enum OutputKind { SOFTMAX_CLASSIFICATION, SIGMOID_BINARY }

    record Output(int classes, OutputKind outputKind) implements LayerSpec {
        public Output {
            positive("classes", classes);
        }

        @Override
        public String kind() {
            return "Output";
        }
    }

    /**
     * An autoencoder's end: the network's answer is compared with its own input (mean squared error, no weights of
     * its own), so the layer before it must make as many numbers as the input has. A graph ending here learns without
     * labels ({@link ModelKind#AUTOENCODER}).
     */
    record Reconstruction() implements LayerSpec {
        @Override
        public String kind() {
            return "Reconstruction";
        }
    }

    /** Joins branches: CONCAT stacks channels/features, ADD sums equal shapes (residual connections). */
    enum MergeKind { CONCAT, ADD }

    record Merge(MergeKind mergeKind) implements LayerSpec {
        @Override
        public String kind() {
            return mergeKind == MergeKind.ADD ? "Add" : "Concat";
        }
    }

    /** Far above any network a desktop trains; a file asking for more is refused rather than allocated. */
    int MAX_SIZE = 100_000;

    private static void positive(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, got " + value);
        }
        if (value > MAX_SIZE) {
            throw new IllegalArgumentException(what + " must be at most " + MAX_SIZE + ", got " + value);
        }
    }
}
