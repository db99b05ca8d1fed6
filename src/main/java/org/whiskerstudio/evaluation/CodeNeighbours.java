package org.whiskerstudio.evaluation;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.whiskerstudio.training.AnomalyScore;

/**
 * An autoencoder's anomaly score {@link AnomalyScore#CODE_DISTANCE}: the mean Euclidean distance from an example's
 * code to its {@link AnomalyScore#NEIGHBOURS k} nearest codes among the normal training examples (the reference),
 * the autoencoder's features used as a one-class model. Brute force: each query costs O(n d) for n reference codes of
 * d numbers, plus O(log k)-ish upkeep of its k best in a small sorted array; 6,000 codes of 32 numbers are about
 * 0.2 million multiply-adds a query, so 10,000 queries take a second or two. Queries run in parallel (each alone, so
 * the answer does not depend on the number of cores).
 */
public final class CodeNeighbours {
    private final float[][] reference;
    private final int k;

    /** Scores against {@code reference}'s codes with the product's {@link AnomalyScore#NEIGHBOURS}. */
    public CodeNeighbours(float[][] reference) {
        this(reference, AnomalyScore.NEIGHBOURS);
    }

    /**
     * @param reference at least one code, all of the same length
     * @param k         neighbours averaged (fewer when the reference holds fewer codes)
     */
    public CodeNeighbours(float[][] reference, int k) {
        if (reference.length == 0 || reference[0].length == 0) {
            throw new IllegalArgumentException("the code distance needs at least one normal training code");
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        int d = reference[0].length;
        for (float[] code : reference) {
            if (code.length != d) {
                throw new IllegalArgumentException("normal codes of " + code.length + " and " + d + " numbers");
            }
        }
        this.reference = reference;
        this.k = Math.min(k, reference.length);
    }

    /** The numbers of each code. */
    public int dimensions() {
        return reference[0].length;
    }

    /** How many reference codes. */
    public int size() {
        return reference.length;
    }

    /** Each query code's score. */
    public double[] distances(float[][] queries) {
        for (float[] q : queries) {
            if (q.length != dimensions()) {
                throw new IllegalArgumentException("a code of " + q.length + " numbers against normal codes of "
                        + dimensions());
            }
        }
        return IntStream.range(0, queries.length).parallel().mapToDouble(q -> distance(queries[q])).toArray();
    }

    private double distance(float[] query) {
        double[] nearest = new double[k];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        for (float[] r : reference) {
            double d = squared(query, r);
            if (d < nearest[k - 1]) {
                insert(nearest, d);
            }
        }
        double sum = 0;
        for (double d : nearest) {
            sum += Math.sqrt(d);
        }
        return sum / k;
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
