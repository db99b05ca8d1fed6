package org.whiskerstudio.dataset;

import java.util.Locale;
import org.whiskerstudio.project.sequences.Series;

/**
 * How a stored example becomes a network input, as channels x height x width (CHW) numbers. An image: its size,
 * its channels (1 grey or 3 RGB) and how it is resized; scaling to [0, 1] and standardisation are fitted on the
 * training part and kept in {@link Normalisation}. A sequence (series or text): channels = features per step,
 * height = steps, width = 1; a longer sequence keeps its last {@code height} steps, a shorter one is padded at the
 * front with steps that are zero after normalisation, so the last step the network sees is always real data.
 */
public record Preprocessing(int width, int height, int channels, ResizeMode resize, Encoding encoding) {
    /** Inputs larger than this a side are refused: they would not fit a desktop's memory in any useful batch. */
    public static final int MAX_SIDE = 1024;
    /** Most steps a sequence input takes. */
    public static final int MAX_STEPS = 1024;
    /** Most features per step of a series (the contract's limit) and most word buckets. */
    public static final int MAX_FEATURES = 4096;
    /** Fewest word buckets: fewer would merge most words. */
    public static final int MIN_WORD_BUCKETS = 128;
    /** Bytes before a sequence record's steps: the example's real length, before padding or truncation. */
    public static final int LENGTH_BYTES = 4;

    public Preprocessing(int width, int height, int channels, ResizeMode resize) {
        this(width, height, channels, resize, Encoding.PIXELS);
    }

    public Preprocessing {
        if (encoding == Encoding.PIXELS) {
            if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
                throw new IllegalArgumentException("input size " + width + "x" + height + " is outside 1.." + MAX_SIDE + " a side");
            }
            if (channels != 1 && channels != 3) {
                throw new IllegalArgumentException("input channels must be 1 (grey) or 3 (RGB), not " + channels);
            }
        } else {
            if (width != 1) {
                throw new IllegalArgumentException("a sequence input is 1 wide (features are channels), not " + width);
            }
            if (height < 1 || height > MAX_STEPS) {
                throw new IllegalArgumentException("a sequence input has 1.." + MAX_STEPS + " steps, not " + height);
            }
            int most = encoding == Encoding.SERIES ? Series.MAX_FEATURES : MAX_FEATURES;
            if (encoding == Encoding.CHARACTERS && channels != TextEncoder.ALPHABET_SIZE) {
                throw new IllegalArgumentException("a character input has " + TextEncoder.ALPHABET_SIZE
                        + " features (the alphabet), not " + channels);
            }
            if (encoding == Encoding.WORDS && (channels < MIN_WORD_BUCKETS || channels > MAX_FEATURES)) {
                throw new IllegalArgumentException("a word input has " + MIN_WORD_BUCKETS + ".." + MAX_FEATURES
                        + " word buckets, not " + channels);
            }
            if (channels < 1 || channels > most) {
                throw new IllegalArgumentException("a series input has 1.." + most + " features, not " + channels);
            }
        }
    }

    /** A series of {@code steps} rows of {@code features} values. */
    public static Preprocessing series(int steps, int features) {
        return new Preprocessing(1, steps, features, ResizeMode.STRETCH, Encoding.SERIES);
    }

    /** A text as {@code steps} one-hot symbols of {@code symbols} (the alphabet, or word buckets). */
    public static Preprocessing text(Encoding encoding, int steps, int symbols) {
        return new Preprocessing(1, steps, symbols, ResizeMode.STRETCH, encoding);
    }

    /** Numbers per example. */
    public int size() {
        return width * height * channels;
    }

    /** Steps of a sequence input (its height). */
    public int steps() {
        return height;
    }

    /**
     * Bytes one example takes in the tensor cache: a pixel a byte; a series its real length then float32 values;
     * a text its real length then one 16-bit symbol a step (the one-hot is made when a batch is read).
     */
    public int recordBytes() {
        return switch (encoding) {
            case PIXELS -> size();
            case SERIES -> LENGTH_BYTES + 4 * size();
            case CHARACTERS, WORDS -> LENGTH_BYTES + 2 * height;
        };
    }

    /** Names the tensor cache file: two preprocessings with the same key produce the same bytes. */
    public String key() {
        if (encoding == Encoding.PIXELS) {
            return width + "x" + height + "x" + channels + "-" + resize.name().toLowerCase(Locale.ROOT);
        }
        return encoding.key() + "-" + height + "x" + channels;
    }

    /** Says in a few words what the input is, for cards and logs. */
    public String describe() {
        if (encoding == Encoding.PIXELS) {
            return key();
        }
        return height + " steps of " + channels + " " + encoding.description()
                + "; longer examples keep their last " + height + " steps, shorter ones are padded at the front";
    }
}
