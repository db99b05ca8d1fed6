package org.whiskerstudio.dataset;

/**
 * How a stored image becomes a network input: its size, its channels (1 grey or 3 RGB) and how it is resized.
 * Scaling to [0, 1] and standardisation are fitted on the training part and kept in {@link Normalisation}.
 */
public record Preprocessing(int width, int height, int channels, ResizeMode resize) {
    /** Inputs larger than this a side are refused: they would not fit a desktop's memory in any useful batch. */
    public static final int MAX_SIDE = 1024;

    public Preprocessing {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("input size " + width + "x" + height + " is outside 1.." + MAX_SIDE + " a side");
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("input channels must be 1 (grey) or 3 (RGB), not " + channels);
        }
    }

    /** Numbers per example. */
    public int size() {
        return width * height * channels;
    }

    /** Names the tensor cache file: two preprocessings with the same key produce the same bytes. */
    public String key() {
        return width + "x" + height + "x" + channels + "-" + resize.name().toLowerCase(java.util.Locale.ROOT);
    }
}
