package org.whiskerstudio.map;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * PCA to at most {@link #DIMENSIONS} dimensions before UMAP: its neighbour search then works on 50 numbers an
 * example instead of hundreds, and the first components keep most of the structure. The components come from an
 * evenly spaced sample of at most {@link #SAMPLE} rows and a seeded start: the same rows, the same axes.
 */
public final class Reduction {
    public static final int DIMENSIONS = 50;
    static final int SAMPLE = 2000;
    private static final int OVERSAMPLE = 10;
    private static final int POWER_PASSES = 4;
    private static final long SEED = 11;

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
        double[][] basis = leadingAxes(covariance(rows, mean), dimensions);
        return project(rows, mean, basis, dimensions);
    }

    /**
     * The covariance's leading eigenvectors by seeded randomised subspace iteration (Halko, Martinsson and Tropp,
     * 2011): a few products with a d x (k + 10) block and its QR, then the SVD of the small projected matrix. A full
     * decomposition of a 500 x 500 covariance took seconds; commons-math's EigenDecomposition also failed to converge
     * on a ReLU layer's activations, whose covariance has many exactly-zero rows.
     */
    static double[][] leadingAxes(RealMatrix covariance, int k) {
        int d = covariance.getRowDimension();
        int width = Math.min(d, k + OVERSAMPLE);
        Random random = new Random(SEED);
        RealMatrix q = new Array2DRowRealMatrix(d, width);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < width; j++) {
                q.setEntry(i, j, random.nextGaussian());
            }
        }
        for (int pass = 0; pass < POWER_PASSES; pass++) {
            q = thinQ(covariance.multiply(q), width);
        }
        RealMatrix small = q.transpose().multiply(covariance).multiply(q);
        RealMatrix u = new SingularValueDecomposition(small).getU();
        RealMatrix axes = q.multiply(u);
        double[][] basis = new double[k][];
        for (int j = 0; j < k; j++) {
            basis[j] = axes.getColumn(j);
        }
        return basis;
    }

    private static RealMatrix thinQ(RealMatrix m, int width) {
        return new QRDecomposition(m).getQ().getSubMatrix(0, m.getRowDimension() - 1, 0, width - 1);
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
        double trace = 0;
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                c[a][b] /= Math.max(1, count - 1);
                c[b][a] = c[a][b];
            }
            trace += c[a][a];
        }
        // A ridge far below any real component keeps C times a block of full rank when the data have fewer
        // directions than the block (few examples, dead units): the QR of a zero column divides by zero.
        double ridge = Math.max(1e-12, 1e-9 * trace / d);
        for (int a = 0; a < d; a++) {
            c[a][a] += ridge;
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
