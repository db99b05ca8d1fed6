package org.whiskerstudio.dataset;

/** Labelled examples of one part, each read as pixels scaled to [0, 1], channel by channel (CHW). */
public interface ExampleSource {
    int size();

    int channels();

    int height();

    int width();

    /** The class index of example {@code index}. */
    int label(int index);

    /** Writes the {@code channels * height * width} pixels of example {@code index} into {@code into} at {@code offset}. */
    void read(int index, float[] into, int offset);

    /** Numbers per example. */
    default int pixels() {
        return channels() * height() * width();
    }
}
