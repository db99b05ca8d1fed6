package org.whiskerstudio.dataset;

import java.util.Arrays;

/**
 * Per-channel standardisation fitted on the training part only, applied to pixels already scaled to [0, 1]:
 * {@code (x - mean[c]) / std[c]}. Stored with each run so evaluation and prediction preprocess alike.
 */
public record Normalisation(float[] mean, float[] std) {
    public Normalisation {
        if (mean.length != std.length || mean.length == 0) {
            throw new IllegalArgumentException("mean and std need one value per channel");
        }
        mean = mean.clone();
        std = std.clone();
        for (float s : std) {
            if (!(s > 0) || !Float.isFinite(s)) {
                throw new IllegalArgumentException("standard deviations must be positive and finite: " + Arrays.toString(std));
            }
        }
    }

    /** Scaling to [0, 1] only. */
    public static Normalisation identity(int channels) {
        float[] mean = new float[channels];
        float[] std = new float[channels];
        Arrays.fill(std, 1f);
        return new Normalisation(mean, std);
    }

    public int channels() {
        return mean.length;
    }

    @Override
    public float[] mean() {
        return mean.clone();
    }

    @Override
    public float[] std() {
        return std.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalisation n && Arrays.equals(mean, n.mean) && Arrays.equals(std, n.std);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }

    @Override
    public String toString() {
        return "Normalisation[mean=" + Arrays.toString(mean) + ", std=" + Arrays.toString(std) + "]";
    }
}
