package org.whiskerstudio.dataset;

import java.util.Locale;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.project.sequences.MediaKind;

/** How an example's CHW pixels are laid out in a batch, after the architecture's input shape. */
public enum Layout {
    /** [batch, channels, height, width]. */
    IMAGE,
    /** [batch, features, steps]: each image row is a time step of width x channels features (pixel by pixel). */
    SEQUENCE,
    /** [batch, channels x height x width], flattened in CHW order as DL4J flattens images. */
    VECTOR;

    public static Layout of(TensorShape input) {
        if (input instanceof TensorShape.Image) {
            return IMAGE;
        }
        return input instanceof TensorShape.Sequence ? SEQUENCE : VECTOR;
    }

    /**
     * What an input shape reads from examples of {@code kind}: images as {@link #preprocessing(TensorShape,
     * ResizeMode)}; a series as steps x features (features = the series' columns); a text as steps one-hot symbols,
     * characters when the input has {@link TextEncoder#ALPHABET_SIZE} features, else words hashed into that many
     * buckets. Series and texts need a sequence input.
     *
     * @throws IllegalArgumentException saying what input a series or text needs
     */
    public static Preprocessing preprocessing(TensorShape input, ResizeMode resize, MediaKind kind) {
        if (kind == MediaKind.IMAGE) {
            return preprocessing(input, resize);
        }
        if (!(input instanceof TensorShape.Sequence sequence)) {
            throw new IllegalArgumentException("A " + kind.name().toLowerCase(Locale.ROOT)
                    + " project needs a sequence input (such as the LSTM template's), not " + input.label() + ".");
        }
        if (kind == MediaKind.SERIES) {
            return Preprocessing.series(sequence.steps(), sequence.features());
        }
        if (sequence.features() == TextEncoder.ALPHABET_SIZE) {
            return Preprocessing.text(Encoding.CHARACTERS, sequence.steps(), sequence.features());
        }
        if (sequence.features() < Preprocessing.MIN_WORD_BUCKETS || sequence.features() > Preprocessing.MAX_FEATURES) {
            throw new IllegalArgumentException("A text input has " + TextEncoder.ALPHABET_SIZE
                    + " features (characters) or " + Preprocessing.MIN_WORD_BUCKETS + ".." + Preprocessing.MAX_FEATURES
                    + " (word buckets), not " + sequence.features() + ".");
        }
        return Preprocessing.text(Encoding.WORDS, sequence.steps(), sequence.features());
    }

    /**
     * The image size an input shape reads: an image as it is; a sequence as {@code steps} rows of {@code features}
     * grey pixels; a vector as a square grey image (784 = 28 x 28), a square RGB image (3,072 = 32 x 32 x 3) or one
     * grey row.
     */
    public static Preprocessing preprocessing(TensorShape input, ResizeMode resize) {
        if (input instanceof TensorShape.Image image) {
            return new Preprocessing(image.width(), image.height(), image.channels(), resize);
        }
        if (input instanceof TensorShape.Sequence sequence) {
            return new Preprocessing(sequence.features(), sequence.steps(), 1, resize);
        }
        int length = ((TensorShape.Vector) input).length();
        int side = (int) Math.round(Math.sqrt(length));
        if (side * side == length) {
            return new Preprocessing(side, side, 1, resize);
        }
        int rgbSide = (int) Math.round(Math.sqrt(length / 3.0));
        if (3 * rgbSide * rgbSide == length) {
            return new Preprocessing(rgbSide, rgbSide, 3, resize);
        }
        return new Preprocessing(length, 1, 1, resize);
    }

    /** The batch's shape for {@code batch} examples of channels x height x width. */
    public long[] shape(int batch, int channels, int height, int width) {
        return switch (this) {
            case IMAGE -> new long[] {batch, channels, height, width};
            case SEQUENCE -> new long[] {batch, (long) width * channels, height};
            case VECTOR -> new long[] {batch, (long) channels * height * width};
        };
    }

    /** Copies one example's CHW pixels into the batch array as example {@code b}. */
    public void place(float[] chw, float[] batch, int b, int channels, int height, int width) {
        int size = channels * height * width;
        if (this != SEQUENCE) {
            System.arraycopy(chw, 0, batch, b * size, size);
            return;
        }
        int plane = height * width;
        int base = b * size;
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    // Feature (x, c) of step y, in a [features, steps] block.
                    batch[base + (x * channels + c) * height + y] = chw[c * plane + y * width + x];
                }
            }
        }
    }
}
