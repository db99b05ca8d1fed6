package org.whiskerstudio.dataset;

/**
 * Fits the per-channel {@link Normalisation} on the training part (pixels scaled to [0, 1]; a series' features as
 * they are, its padded steps left out).
 */
public final class NormalisationFitter {
    /** A channel flatter than this (a blank channel) is only centred, not divided by almost nothing. */
    static final double MIN_STD = 1e-3;

    private NormalisationFitter() {
    }

    /** Mean and standard deviation of each channel over every pixel of {@code train}; identity when it is empty. */
    public static Normalisation fit(ExampleSource train) {
        int channels = train.channels();
        if (train.size() == 0) {
            return Normalisation.identity(channels);
        }
        int plane = train.height() * train.width();
        double[] sum = new double[channels];
        double[] squares = new double[channels];
        long[] counts = new long[channels];
        float[] pixels = new float[train.pixels()];
        for (int i = 0; i < train.size(); i++) {
            train.read(i, pixels, 0);
            for (int c = 0; c < channels; c++) {
                // Per-example partial sums keep the inner loop on locals.
                double s = 0;
                double q = 0;
                int n = 0;
                for (int k = c * plane, end = k + plane; k < end; k++) {
                    float v = pixels[k];
                    // NaN marks a padded step of a series: not data.
                    if (v == v) {
                        s += v;
                        q += v * v;
                        n++;
                    }
                }
                sum[c] += s;
                squares[c] += q;
                counts[c] += n;
            }
        }
        float[] mean = new float[channels];
        float[] std = new float[channels];
        for (int c = 0; c < channels; c++) {
            double n = Math.max(1, counts[c]);
            double m = sum[c] / n;
            double sd = Math.sqrt(Math.max(0, squares[c] / n - m * m));
            mean[c] = (float) m;
            std[c] = (float) (sd < MIN_STD ? 1 : sd);
        }
        return new Normalisation(mean, std);
    }
}
