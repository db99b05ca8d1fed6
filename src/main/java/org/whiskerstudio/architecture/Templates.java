package org.whiskerstudio.architecture;

import java.util.Optional;
import org.whiskerstudio.architecture.LayerSpec.Conv2D;
import org.whiskerstudio.architecture.LayerSpec.Dense;
import org.whiskerstudio.architecture.LayerSpec.Output;
import org.whiskerstudio.architecture.LayerSpec.OutputKind;
import org.whiskerstudio.architecture.LayerSpec.Padding;
import org.whiskerstudio.architecture.LayerSpec.PoolType;
import org.whiskerstudio.architecture.LayerSpec.Pooling2D;
import org.whiskerstudio.architecture.TensorShape.Image;

/** Starting points fitted to the project's input and classes; each one passes {@link ShapeInference}. */
public final class Templates {
    private Templates() {
    }

    /** Two hidden Dense layers; an image is flattened, a sequence averaged over time first. */
    public static LayerGraph mlp(TensorShape input, int classes) {
        GraphBuilder graph = new GraphBuilder(input);
        if (input instanceof TensorShape.Sequence) {
            graph.then(new LayerSpec.GlobalPooling(PoolType.AVG));
        }
        return graph.then(new Dense(128, Activation.RELU))
                .then(new LayerSpec.Dropout(0.2))
                .then(new Dense(64, Activation.RELU))
                .then(softmax(classes))
                .build();
    }

    /**
     * LeNet-5 as in DL4J's examples: conv 5x5x20, max pool 2, conv 5x5x50, max pool 2, Dense 500, softmax. VALID
     * convolutions when the image is at least 16x16 (28x28 gives 24, 12, 8, 4), SAME below that, and a pool only
     * where the image still has 2 pixels to pool.
     */
    public static LayerGraph lenet(Image input, int classes) {
        Padding padding = Math.min(input.height(), input.width()) >= 16 ? Padding.VALID : Padding.SAME;
        GraphBuilder graph = new GraphBuilder(input);
        Image shape = input;
        for (int filters : new int[] {20, 50}) {
            Conv2D conv = new Conv2D(filters, 5, 1, padding, Activation.RELU);
            graph.then(conv);
            shape = (Image) ((LayerCost.Fits) ImageRules.conv(conv, shape)).output();
            shape = poolIfRoom(graph, shape);
        }
        return graph.then(new Dense(500, Activation.RELU)).then(softmax(classes)).build();
    }

    /** Up to three VGG blocks (two 3x3 SAME convolutions with BatchNorm, max pool, dropout), then Dense 256. */
    public static LayerGraph vggSmall(Image input, int classes) {
        GraphBuilder graph = new GraphBuilder(input);
        Image shape = input;
        for (int filters : new int[] {32, 64, 128}) {
            if (Math.min(shape.height(), shape.width()) < 2 && filters > 32) {
                break;
            }
            for (int i = 0; i < 2; i++) {
                graph.then(new Conv2D(filters, 3, 1, Padding.SAME, Activation.RELU)).then(new LayerSpec.BatchNorm());
            }
            shape = new Image(shape.height(), shape.width(), filters);
            shape = poolIfRoom(graph, shape);
            graph.then(new LayerSpec.Dropout(0.25));
        }
        return graph.then(new Dense(256, Activation.RELU))
                .then(new LayerSpec.Dropout(0.5))
                .then(softmax(classes))
                .build();
    }

    /** One LSTM of 128 units whose last step feeds a softmax. */
    public static LayerGraph lstmClassifier(TensorShape.Sequence input, int classes) {
        return new GraphBuilder(input).then(new LayerSpec.Lstm(128, false)).then(softmax(classes)).build();
    }

    /**
     * A next-character model: {@code steps} one-hot characters of a {@code vocabulary} in, two LSTM layers of
     * {@link #CHAR_LSTM_UNITS} units passing every step on, and a softmax over the vocabulary at every step.
     */
    public static LayerGraph charLstm(int vocabulary, int steps) {
        return new GraphBuilder(new TensorShape.Sequence(steps, vocabulary))
                .then(new LayerSpec.Lstm(CHAR_LSTM_UNITS, true))
                .then(new LayerSpec.Lstm(CHAR_LSTM_UNITS, true))
                .then(softmax(vocabulary))
                .build();
    }

    /** Units of each LSTM layer of {@link #charLstm}: Karpathy's char-rnn size class that a 2-core CPU still trains. */
    public static final int CHAR_LSTM_UNITS = 200;

    /**
     * A DCGAN for {@code image}: the generator turns noise into a seed image a quarter of the size (Dense,
     * Reshape) and grows it with two stride-2 Deconv2D layers to the image, TANH at the end; the discriminator
     * has two stride-2 convolutions with LeakyReLU, Dense and one sigmoid unit. Images whose sides are not
     * multiples of 4 get an MLP generator instead (noise, Dense 256, Dense 512, Dense of H x W x C with TANH).
     */
    public static Architecture dcgan(Image image, int noise) {
        LayerGraph generator;
        if (image.height() % 4 == 0 && image.width() % 4 == 0) {
            int h = image.height() / 4;
            int w = image.width() / 4;
            generator = new GraphBuilder(new TensorShape.Vector(noise))
                    .then(new Dense(h * w * 64, Activation.LEAKY_RELU))
                    .then(new LayerSpec.Reshape(h, w, 64))
                    .then(new LayerSpec.Deconv2D(32, 4, 2, Padding.SAME, Activation.LEAKY_RELU))
                    .then(new LayerSpec.Deconv2D(image.channels(), 4, 2, Padding.SAME, Activation.TANH))
                    .build();
        } else {
            generator = new GraphBuilder(new TensorShape.Vector(noise))
                    .then(new Dense(256, Activation.LEAKY_RELU))
                    .then(new Dense(512, Activation.LEAKY_RELU))
                    .then(new Dense(Math.toIntExact(image.size()), Activation.TANH))
                    .build();
        }
        GraphBuilder discriminator = new GraphBuilder(image);
        for (int filters : new int[] {32, 64}) {
            discriminator.then(new Conv2D(filters, 4, 2, Padding.SAME, Activation.LEAKY_RELU));
        }
        discriminator.then(new Dense(128, Activation.LEAKY_RELU)).then(new Output(1, OutputKind.SIGMOID_BINARY));
        return new Architecture("DCGAN", generator, Optional.of(discriminator.build()));
    }

    private static Image poolIfRoom(GraphBuilder graph, Image shape) {
        if (Math.min(shape.height(), shape.width()) < 2) {
            return shape;
        }
        graph.then(new Pooling2D(PoolType.MAX, 2, 2));
        return new Image(shape.height() / 2, shape.width() / 2, shape.channels());
    }

    private static Output softmax(int classes) {
        return new Output(classes, OutputKind.SOFTMAX_CLASSIFICATION);
    }
}
