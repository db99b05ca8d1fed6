package org.whiskerstudio.map;

import java.util.Random;
import java.util.stream.IntStream;
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
        int count = (rows.length + step - 1) / step;
        double[][] centred = new double[count][d];
        for (int n = 0; n < count; n++) {
            for (int j = 0; j < d; j++) {
                centred[n][j] = rows[n * step][j] - mean[j];
            }
        }
        double[][] c = new double[d][d];
        // One row of the upper triangle per task, each summed over the sample in order: the same sums as one
        // thread makes, on every core.
        IntStream.range(0, d).parallel().forEach(a -> {
            double[] row = c[a];
            for (double[] x : centred) {
                double ca = x[a];
                if (ca == 0) {
                    continue;
                }
                for (int b = a; b < d; b++) {
                    row[b] += ca * x[b];
                }
            }
        });
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
        float[][] out = new float[rows.length][];
        // Rows are independent: projected on every core, each exactly as one thread would.
        IntStream.range(0, rows.length).parallel().forEach(i -> out[i] = projectRow(rows[i], mean, basis, dimensions));
        return out;
    }

    private static float[] projectRow(float[] r, double[] mean, double[][] basis, int dimensions) {
        float[] out = new float[dimensions];
        for (int k = 0; k < dimensions; k++) {
            if (basis == null) {
                out[k] = (float) (r[k] - mean[k]);
                continue;
            }
            double s = 0;
            double[] axis = basis[k];
            for (int j = 0; j < r.length; j++) {
                s += (r[j] - mean[j]) * axis[j];
            }
            out[k] = (float) s;
        }
        return out;
    }
}
