package org.whiskerstudio.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /**
     * A variational autoencoder (DL4J's {@code VariationalAutoencoder}) reading the input itself and ending the
     * network: an encoder of {@code hidden} units, a Gaussian code of {@code latent} numbers (its mean is what the
     * network answers: the example's embedding), a decoder of {@code hidden} units and a Bernoulli reconstruction of
     * every input number (pixels scaled to [0, 1]). It learns by its own loss, the negative evidence lower bound; its
     * anomaly score is the code distance, as every autoencoder's (its code mean's distance to the normal codes). A graph ending here learns without labels
     * ({@link ModelKind#AUTOENCODER}).
     */
    record Variational(int latent, int hidden) implements LayerSpec {
        public Variational {
            if (latent < 1 || hidden < 1) {
                throw new IllegalArgumentException("a variational autoencoder needs latent >= 1 and hidden >= 1, got "
                        + latent + " and " + hidden);
            }
        }

        @Override
        public String kind() {
            return "Variational";
        }
    }

    /**
     * A YOLOv2 detector's end (DL4J's {@code Yolo2OutputLayer}): the image arriving holds, per grid cell, one box per
     * anchor (x, y, w, h, confidence and the class scores), so it needs anchors x (5 + classes) channels. No weights
     * of its own. A graph ending here learns boxes ({@link ModelKind#DETECTOR}).
     *
     * @param classes        the classes it tells apart
     * @param anchors        the anchor boxes in grid cells, "width x height" separated by commas ("1.2x1.5, 3x2.5"),
     *                       text so the editor can change them like any setting ({@link #anchorSizes()})
     * @param lambdaCoord    weight of the position and size errors (DL4J's default 5, YOLO's)
     * @param lambdaNoObject weight of the confidence error where no object is (DL4J's default 0.5)
     * @param lambdaClass    weight of the class error (DL4J's layer has 1; the templates' heads 3, see
     *                       {@link #LAMBDA_CLASS})
     * @param warmUpEpochs   epochs the layers before the head first learn as a classifier of the training boxes'
     *                       crops before the detector trains (0: none)
     */
    record YoloHead(int classes, String anchors, double lambdaCoord, double lambdaNoObject, double lambdaClass,
                    int warmUpEpochs) implements LayerSpec {
        /** DL4J's and YOLO's weight of the box errors. */
        public static final double LAMBDA_COORD = 5.0;
        /** DL4J's and YOLO's weight of the confidence error of cells without an object. */
        public static final double LAMBDA_NO_OBJECT = 0.5;
        /**
         * The class error's weight in new heads: on {@code bench detect} the boxes were found (98% of them overlapped
         * by a detection) but a quarter named wrong, and weighting the class error 3 times named more of them right.
         */
        public static final double LAMBDA_CLASS = 3.0;
        /** Warm-up epochs in new heads ({@code bench detect}: see the architecture notes). */
        public static final int WARM_UP_EPOCHS = 25;
        /** The most warm-up epochs a head accepts. */
        public static final int MAX_WARM_UP_EPOCHS = 1000;

        /** One anchor's width and height in grid cells. */
        public record Anchor(double width, double height) {
            public Anchor {
                if (!(width > 0 && height > 0 && width <= MAX_SIZE && height <= MAX_SIZE)) {
                    throw new IllegalArgumentException("an anchor's width and height must be above 0, got " + width
                            + " x " + height);
                }
            }

            String text() {
                return number(width) + "x" + number(height);
            }

            private static String number(double value) {
                String s = String.format(Locale.ROOT, "%.3f", value);
                return s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
        }

        public YoloHead {
            positive("classes", classes);
            anchors = text(parse(anchors));
            if (!(lambdaCoord > 0 && lambdaNoObject > 0 && lambdaClass > 0) || Double.isInfinite(lambdaCoord)
                    || Double.isInfinite(lambdaNoObject) || Double.isInfinite(lambdaClass)) {
                throw new IllegalArgumentException("the loss weights must be above 0, got " + lambdaCoord + ", "
                        + lambdaNoObject + " and " + lambdaClass);
            }
            if (warmUpEpochs < 0 || warmUpEpochs > MAX_WARM_UP_EPOCHS) {
                throw new IllegalArgumentException("warm-up epochs must be 0 (none) to " + MAX_WARM_UP_EPOCHS
                        + ", got " + warmUpEpochs);
            }
        }

        /** With YOLO's box and no-object weights and the templates' class weight and warm-up. */
        public YoloHead(int classes, List<Anchor> anchors) {
            this(classes, text(anchors), LAMBDA_COORD, LAMBDA_NO_OBJECT, LAMBDA_CLASS, WARM_UP_EPOCHS);
        }

        public List<Anchor> anchorSizes() {
            return parse(anchors);
        }

        /** Channels the layer before it must make. */
        public int channels() {
            return anchorSizes().size() * (5 + classes);
        }

        /** Anchors as the head's text holds them ("1.2x1.5, 3x2.5"). */
        public static String text(List<Anchor> anchors) {
            return String.join(", ", anchors.stream().map(Anchor::text).toList());
        }

        private static List<Anchor> parse(String text) {
            List<Anchor> out = new ArrayList<>();
            for (String one : text.split(",")) {
                String[] sides = one.strip().toLowerCase(Locale.ROOT).split("x");
                try {
                    if (sides.length != 2) {
                        throw new NumberFormatException();
                    }
                    out.add(new Anchor(Double.parseDouble(sides[0].strip()), Double.parseDouble(sides[1].strip())));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("anchors are \"width x height\" in grid cells separated by "
                            + "commas, like \"1x1, 2.5x3\"; \"" + one.strip() + "\" is not one");
                }
            }
            if (out.size() > 16) {
                throw new IllegalArgumentException("at most 16 anchors, got " + out.size());
            }
            return List.copyOf(out);
        }

        @Override
        public String kind() {
            return "YOLO";
        }
    }

    /**
     * An agent's end: one linear value per action of its {@code environment} (the expected return of taking it), fitted
     * to TD targets. Its width is the environment's action count and the network's input must be one observation, so
     * a graph ending here is made for that environment ({@link ModelKind#AGENT}).
     */
    record QValues(AgentEnvironment environment) implements LayerSpec {
        /** The values it makes: one per action. */
        public int actions() {
            return environment.actions();
        }

        @Override
        public String kind() {
            return "Q-values";
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
