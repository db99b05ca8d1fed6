package org.whiskerstudio.architecture;

import org.whiskerstudio.architecture.LayerSpec.Conv2D;
import org.whiskerstudio.architecture.LayerSpec.Dense;
import org.whiskerstudio.architecture.LayerSpec.Padding;
import org.whiskerstudio.architecture.TensorShape.Image;

/**
 * Autoencoders fitted to the project's input, each ending in a {@link LayerSpec.Reconstruction}: a dense one for
 * series, vectors and small images, a convolutional one for images. The bottleneck is kept small on purpose: an
 * autoencoder that can copy everything rebuilds anomalies as well as normal examples, and scores nothing.
 */
public final class AutoencoderTemplates {
    /** Numbers in the code of the image autoencoders. */
    public static final int IMAGE_CODE = 32;
    /** Numbers in the code of a series or vector autoencoder, at most a quarter of the input. */
    public static final int SEQUENCE_CODE = 8;
    /** Numbers in the Gaussian code of the variational autoencoder. */
    public static final int VARIATIONAL_CODE = 16;

    private AutoencoderTemplates() {
    }

    /**
     * Encoder, code, decoder of Dense layers; a sequence is read by an LSTM first (Dense takes no sequence), and the
     * last Dense gives back all of the input's numbers, flattened.
     */
    public static LayerGraph dense(TensorShape input) {
        int numbers = Math.toIntExact(input.size());
        int hidden = input instanceof Image ? 256 : Math.max(16, Math.min(128, 2 * numbers));
        int code = input instanceof Image ? IMAGE_CODE : Math.max(2, Math.min(SEQUENCE_CODE, numbers / 4));
        GraphBuilder graph = new GraphBuilder(input);
        if (input instanceof TensorShape.Sequence) {
            graph.then(new LayerSpec.Lstm(hidden, false));
        } else {
            graph.then(new Dense(hidden, Activation.RELU));
        }
        return graph.then(new Dense(code, Activation.IDENTITY))
                .then(new Dense(hidden, Activation.RELU))
                .then(new Dense(numbers, Activation.IDENTITY))
                .then(new LayerSpec.Reconstruction())
                .build();
    }

    /**
     * A variational autoencoder for images: one {@link LayerSpec.Variational} block reading the image (encoder and
     * decoder of 256 units, a code of {@link #VARIATIONAL_CODE}), scored like every autoencoder by its code's (the
     * code mean's) distance to the normal training codes.
     */
    public static LayerGraph variational(Image input) {
        return new GraphBuilder(input).then(new LayerSpec.Variational(VARIATIONAL_CODE, 256)).build();
    }

    /**
     * Two stride-1 convolutions each followed by a max pool (a quarter of the size), a Dense code of
     * {@link #IMAGE_CODE}, a Dense that refills the quarter-size image, and two stride-2 Deconv2D layers back to the
     * input. An image whose sides are not multiples of 4 gets {@link #dense} instead.
     */
    public static LayerGraph conv(Image input) {
        if (input.height() % 4 != 0 || input.width() % 4 != 0) {
            return dense(input);
        }
        int h = input.height() / 4;
        int w = input.width() / 4;
        return new GraphBuilder(input)
                .then(new Conv2D(32, 3, 1, Padding.SAME, Activation.RELU))
                .then(new LayerSpec.Pooling2D(LayerSpec.PoolType.MAX, 2, 2))
                .then(new Conv2D(64, 3, 1, Padding.SAME, Activation.RELU))
                .then(new LayerSpec.Pooling2D(LayerSpec.PoolType.MAX, 2, 2))
                .then(new Dense(IMAGE_CODE, Activation.IDENTITY))
                .then(new Dense(h * w * 64, Activation.RELU))
                .then(new LayerSpec.Reshape(h, w, 64))
                .then(new LayerSpec.Deconv2D(32, 4, 2, Padding.SAME, Activation.RELU))
                .then(new LayerSpec.Deconv2D(input.channels(), 4, 2, Padding.SAME, Activation.IDENTITY))
                .then(new LayerSpec.Reconstruction())
                .build();
    }
}
