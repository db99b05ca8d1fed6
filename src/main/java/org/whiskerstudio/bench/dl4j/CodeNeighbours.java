package org.whiskerstudio.bench.dl4j;

import java.util.Arrays;

/** The mean Euclidean distance from each query code to its k nearest reference codes: a one-class score. */
final class CodeNeighbours {
    private CodeNeighbours() {
    }

    static double[] distances(float[][] reference, float[][] queries, int k) {
        double[] out = new double[queries.length];
        double[] nearest = new double[Math.min(k, reference.length)];
        for (int q = 0; q < queries.length; q++) {
            Arrays.fill(nearest, Double.POSITIVE_INFINITY);
            for (float[] r : reference) {
                double d = squared(queries[q], r);
                if (d < nearest[nearest.length - 1]) {
                    insert(nearest, d);
                }
            }
            double sum = 0;
            for (double d : nearest) {
                sum += Math.sqrt(d);
            }
            out[q] = sum / nearest.length;
        }
        return out;
    }

    private static double squared(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return sum;
    }

    /** Keeps {@code nearest} sorted ascending with {@code d} in place of its largest. */
    private static void insert(double[] nearest, double d) {
        int i = nearest.length - 1;
        while (i > 0 && nearest[i - 1] > d) {
            nearest[i] = nearest[i - 1];
            i--;
        }
        nearest[i] = d;
    }
}
