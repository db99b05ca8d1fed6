package org.whiskerstudio.map;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * PCA to at most {@link #DIMENSIONS} dimensions before UMAP: its neighbour search then works on 50 numbers an
 * example instead of hundreds, and the first components keep most of the structure. The components come from an
 * evenly spaced sample of at most {@link #SAMPLE} rows (deterministic: no random draw).
 */
public final class Reduction {
    public static final int DIMENSIONS = 50;
    static final int SAMPLE = 4000;

    private Reduction() {
    }

    /** Each row projected on the leading principal components; rows already short enough are only centred. */
    public static float[][] pca(float[][] rows, int dimensions) {
        if (rows.length == 0) {
            return rows;
        }
        int d = rows[0].length;
        double[] mean = mean(rows);
        if (d <= dimensions || rows.length < 3) {
            return project(rows, mean, null, d);
        }
        RealMatrix covariance = covariance(rows, mean);
        EigenDecomposition eigen = new EigenDecomposition(covariance);
        double[] values = eigen.getRealEigenvalues();
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        double[][] basis = new double[dimensions][];
        for (int k = 0; k < dimensions; k++) {
            basis[k] = eigen.getEigenvector(order[k]).toArray();
        }
        return project(rows, mean, basis, dimensions);
    }

    private static double[] mean(float[][] rows) {
        double[] mean = new double[rows[0].length];
        for (float[] r : rows) {
            for (int j = 0; j < r.length; j++) {
                mean[j] += r[j];
            }
        }
        for (int j = 0; j < mean.length; j++) {
            mean[j] /= rows.length;
        }
        return mean;
    }

    private static RealMatrix covariance(float[][] rows, double[] mean) {
        int d = mean.length;
        int step = Math.max(1, rows.length / SAMPLE);
        double[][] c = new double[d][d];
        double[] centred = new double[d];
        int count = 0;
        for (int i = 0; i < rows.length; i += step) {
            for (int j = 0; j < d; j++) {
                centred[j] = rows[i][j] - mean[j];
            }
            for (int a = 0; a < d; a++) {
                double ca = centred[a];
                if (ca == 0) {
                    continue;
                }
                double[] row = c[a];
                for (int b = a; b < d; b++) {
                    row[b] += ca * centred[b];
                }
            }
            count++;
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                c[a][b] /= Math.max(1, count - 1);
                c[b][a] = c[a][b];
            }
        }
        return new Array2DRowRealMatrix(c, false);
    }

    private static float[][] project(float[][] rows, double[] mean, double[][] basis, int dimensions) {
        float[][] out = new float[rows.length][dimensions];
        for (int i = 0; i < rows.length; i++) {
            float[] r = rows[i];
            for (int k = 0; k < dimensions; k++) {
                if (basis == null) {
                    out[i][k] = (float) (r[k] - mean[k]);
                    continue;
                }
                double s = 0;
                double[] axis = basis[k];
                for (int j = 0; j < r.length; j++) {
                    s += (r[j] - mean[j]) * axis[j];
                }
                out[i][k] = (float) s;
            }
        }
        return out;
    }
}
