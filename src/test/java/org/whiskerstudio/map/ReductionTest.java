package org.whiskerstudio.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** PCA before UMAP: the leading axes of the data, the same each time. */
class ReductionTest {
    @Test
    void dataOnAPlaneKeepsItsTwoCoordinatesInTheFirstTwoComponents() {
        Random random = new Random(5);
        int d = 120;
        float[][] rows = new float[600][d];
        float[] reluLike = new float[d];
        for (int i = 0; i < rows.length; i++) {
            double a = random.nextGaussian() * 10;
            double b = random.nextGaussian() * 3;
            for (int j = 0; j < d; j++) {
                // Two directions carry the variance; a third of the columns are always 0, like dead ReLU units.
                rows[i][j] = j % 3 == 0 ? reluLike[j] : (float) (a * Math.sin(j) + b * Math.cos(3 * j));
            }
        }
        float[][] reduced = Reduction.pca(rows, 50);
        assertEquals(50, reduced[0].length);
        double first = variance(reduced, 0);
        double second = variance(reduced, 1);
        double rest = 0;
        for (int k = 2; k < 50; k++) {
            rest += variance(reduced, k);
        }
        assertEquals(0, rest / (first + second), 1e-6, "nothing left beyond the plane");
        assertEquals(true, first > second * 3, first + " then " + second);
        float[][] again = Reduction.pca(rows, 50);
        for (int i = 0; i < rows.length; i++) {
            assertArrayEquals(reduced[i], again[i], "seeded, and the same sums on every core: row " + i);
        }
    }

    @Test
    void fewDimensionsAreOnlyCentred() {
        float[][] reduced = Reduction.pca(new float[][] {{1, 10}, {3, 20}, {5, 30}}, 50);
        assertArrayEquals(new float[] {-2, -10}, reduced[0]);
    }

    private static double variance(float[][] rows, int column) {
        double s = 0;
        for (float[] r : rows) {
            s += r[column] * r[column];
        }
        return s / rows.length;
    }
}
