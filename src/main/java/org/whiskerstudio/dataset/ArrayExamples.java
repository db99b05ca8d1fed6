package org.whiskerstudio.dataset;

/** Examples held in memory as one float array of [0, 1] pixels (CHW per example), for benchmarks and tests. */
public final class ArrayExamples implements ExampleSource {
    private final float[] pixels;
    private final int[] labels;
    private final int channels;
    private final int height;
    private final int width;

    /** {@code pixels} holds {@code labels.length} examples of channels x height x width, one after the other. */
    public ArrayExamples(float[] pixels, int[] labels, int channels, int height, int width) {
        if ((long) labels.length * channels * height * width != pixels.length) {
            throw new IllegalArgumentException(pixels.length + " pixels are not " + labels.length + " examples of "
                    + channels + "x" + height + "x" + width);
        }
        this.pixels = pixels;
        this.labels = labels.clone();
        this.channels = channels;
        this.height = height;
        this.width = width;
    }

    /** No examples. */
    public static ArrayExamples empty(int channels, int height, int width) {
        return new ArrayExamples(new float[0], new int[0], channels, height, width);
    }

    /** Every example of {@code source}, read into memory. */
    public static ArrayExamples copyOf(ExampleSource source) {
        int n = source.pixels();
        float[] pixels = new float[source.size() * n];
        int[] labels = new int[source.size()];
        for (int i = 0; i < source.size(); i++) {
            source.read(i, pixels, i * n);
            labels[i] = source.label(i);
        }
        return new ArrayExamples(pixels, labels, source.channels(), source.height(), source.width());
    }

    @Override
    public int size() {
        return labels.length;
    }

    @Override
    public int channels() {
        return channels;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int label(int index) {
        return labels[index];
    }

    @Override
    public void read(int index, float[] into, int offset) {
        int n = pixels();
        System.arraycopy(pixels, index * n, into, offset, n);
    }
}
