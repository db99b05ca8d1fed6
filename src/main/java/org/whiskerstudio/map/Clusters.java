package org.whiskerstudio.map;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * k-means (k-means++ starts, commons-math3) over a map's reduced embeddings, seeded so the same map gives the same
 * clusters; and a suggested k, the one with the best mean silhouette on an evenly spaced sample.
 */
public final class Clusters {
    public static final int MAX_K = 20;
    static final int SEED = 7;
    static final int ITERATIONS = 100;
    static final int SILHOUETTE_SAMPLE = 800;

    private Clusters() {
    }

    /** Each row's cluster, 0..k-1, clusters numbered by falling size. */
    public static int[] kMeans(float[][] rows, int k) {
        if (k < 1 || k > rows.length) {
            throw new IllegalArgumentException("k must be between 1 and the number of points (" + rows.length + ")");
        }
        List<Row> points = new ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            points.add(new Row(i, toDoubles(rows[i])));
        }
        JDKRandomGenerator random = new JDKRandomGenerator();
        random.setSeed(SEED);
        KMeansPlusPlusClusterer<Row> clusterer = new KMeansPlusPlusClusterer<>(k, ITERATIONS, new EuclideanDistance(),
                random);
        List<CentroidCluster<Row>> found = new ArrayList<>(clusterer.cluster(points));
        found.sort((a, b) -> Integer.compare(b.getPoints().size(), a.getPoints().size()));
        int[] assignment = new int[rows.length];
        for (int c = 0; c < found.size(); c++) {
            for (Row r : found.get(c).getPoints()) {
                assignment[r.index()] = c;
            }
        }
        return assignment;
    }

    /** The k in 2..min(MAX_K, n - 1) with the best mean silhouette on a sample; 1 for fewer than 3 points. */
    public static int suggestK(float[][] rows) {
        if (rows.length < 3) {
            return 1;
        }
        float[][] sample = sample(rows);
        int best = 2;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 2; k <= Math.min(MAX_K, sample.length - 1); k++) {
            double score = silhouette(sample, kMeans(sample, k), k);
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = k;
            }
        }
        return best;
    }

    /** Mean silhouette: how much closer each point is to its own cluster than to the nearest other. */
    static double silhouette(float[][] rows, int[] cluster, int k) {
        double total = 0;
        for (int i = 0; i < rows.length; i++) {
            double[] sum = new double[k];
            int[] count = new int[k];
            for (int j = 0; j < rows.length; j++) {
                if (j != i) {
                    sum[cluster[j]] += distance(rows[i], rows[j]);
                    count[cluster[j]]++;
                }
            }
            int own = cluster[i];
            if (count[own] == 0) {
                continue;
            }
            double a = sum[own] / count[own];
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && count[c] > 0) {
                    b = Math.min(b, sum[c] / count[c]);
                }
            }
            total += b == Double.POSITIVE_INFINITY ? 0 : (b - a) / Math.max(a, b);
        }
        return total / rows.length;
    }

    private static float[][] sample(float[][] rows) {
        int step = Math.max(1, rows.length / SILHOUETTE_SAMPLE);
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < rows.length; i += step) {
            out.add(rows[i]);
        }
        return out.toArray(new float[0][]);
    }

    static double distance(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    private static double[] toDoubles(float[] row) {
        double[] out = new double[row.length];
        for (int i = 0; i < row.length; i++) {
            out[i] = row[i];
        }
        return out;
    }

    private record Row(int index, double[] getPoint) implements Clusterable {
    }
}
