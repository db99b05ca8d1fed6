package org.whiskerstudio.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Hover and lasso hit tests on the grid agree with testing every point. */
class SpatialGridTest {
    private final Random random = new Random(3);
    private final float[] xs = new float[20_000];
    private final float[] ys = new float[20_000];

    SpatialGridTest() {
        for (int i = 0; i < xs.length; i++) {
            // Clumped like a map: a few dense islands and sparse points between.
            int island = i % 4;
            xs[i] = (float) (island * 10 + random.nextGaussian() * (i % 10 == 0 ? 8 : 1.5));
            ys[i] = (float) (island * -3 + random.nextGaussian() * (i % 10 == 0 ? 8 : 1.5));
        }
    }

    @Test
    void aLassoSelectsExactlyThePointsInsideItsOutline() {
        // A concave "L" across two islands.
        Lasso lasso = new Lasso(new double[] {-3, 14, 14, 3, 3, -3}, new double[] {-6, -6, -1, -1, 4, 4});
        int[] expected = IntStream.range(0, xs.length).filter(i -> lasso.contains(xs[i], ys[i])).toArray();
        int[] found = new SpatialGrid(xs, ys).inside(lasso);
        assertTrue(expected.length > 1000, "the lasso holds many points: " + expected.length);
        assertArrayEquals(expected, found);
    }

    @Test
    void theLassoFollowsTheEvenOddRule() {
        Lasso square = new Lasso(new double[] {0, 10, 10, 0}, new double[] {0, 0, 10, 10});
        assertTrue(square.contains(5, 5));
        assertFalse(square.contains(11, 5));
        assertFalse(square.contains(5, -0.5));
        assertEquals(0, new SpatialGrid(xs, ys).inside(new Lasso(new double[] {0, 1}, new double[] {0, 1})).length,
                "two points enclose nothing");
    }

    @Test
    void theHoveredPointIsTheNearestWithinTheRadius() {
        SpatialGrid grid = new SpatialGrid(xs, ys);
        for (int t = 0; t < 200; t++) {
            double x = random.nextDouble() * 40 - 5;
            double y = random.nextDouble() * 20 - 12;
            double radius = 0.3;
            int best = -1;
            double bestD = radius * radius;
            for (int i = 0; i < xs.length; i++) {
                double d = (xs[i] - x) * (xs[i] - x) + (ys[i] - y) * (ys[i] - y);
                if (d <= bestD) {
                    bestD = d;
                    best = i;
                }
            }
            int found = grid.nearest(x, y, radius);
            assertEquals(best < 0, found < 0, "at " + x + ", " + y);
            if (best >= 0) {
                assertEquals(bestD, (xs[found] - x) * (xs[found] - x) + (ys[found] - y) * (ys[found] - y), 1e-9);
            }
        }
    }

    @Test
    void eachPointsNearestOtherPointMatchesAFullSearch() {
        SpatialGrid grid = new SpatialGrid(xs, ys);
        for (int i = 0; i < xs.length; i += 97) {
            double bestD = Double.POSITIVE_INFINITY;
            for (int j = 0; j < xs.length; j++) {
                double d = (xs[j] - xs[i]) * (xs[j] - xs[i]) + (ys[j] - ys[i]) * (ys[j] - ys[i]);
                if (j != i && d < bestD) {
                    bestD = d;
                }
            }
            int found = grid.nearestOther(i);
            double foundD = (xs[found] - xs[i]) * (xs[found] - xs[i]) + (ys[found] - ys[i]) * (ys[found] - ys[i]);
            assertEquals(bestD, foundD, 1e-9, "point " + i);
        }
        assertEquals(-1, new SpatialGrid(new float[] {1}, new float[] {1}).nearestOther(0), "alone");
    }
}
