package org.whiskerstudio.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The code-distance anomaly score, against distances worked by hand. */
class CodeNeighboursTest {
    @Test
    void theScoreIsTheMeanDistanceToTheNearestReferenceCodes() {
        float[][] reference = {{0, 0}, {3, 4}, {10, 0}, {0, 1}};
        float[][] queries = {{0, 0}, {6, 8}};

        // (0,0): nearest 0 and 1 -> 0.5; (6,8): 5 to (3,4), then sqrt(16 + 64) to (10,0) before sqrt(36 + 49)
        // to (0,1) -> their mean
        double far = (5 + Math.sqrt(16 + 64)) / 2;
        assertArrayEquals(new double[] {0.5, far}, new CodeNeighbours(reference, 2).distances(queries), 1e-9);
        assertArrayEquals(new double[] {0, 5}, new CodeNeighbours(reference, 1).distances(queries), 1e-9);
    }

    @Test
    void aSmallReferenceAveragesAllItHas() {
        // Five neighbours asked, two codes: the mean of both distances.
        CodeNeighbours two = new CodeNeighbours(new float[][] {{0}, {2}});
        assertArrayEquals(new double[] {1, 4}, two.distances(new float[][] {{1}, {5}}), 1e-9);
        assertEquals(1, two.dimensions());
        assertEquals(2, two.size());
    }

    @Test
    void codesOfAnotherLengthAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CodeNeighbours(new float[][] {{0, 0}, {1}}));
        assertThrows(IllegalArgumentException.class, () -> new CodeNeighbours(new float[0][]));
        CodeNeighbours flat = new CodeNeighbours(new float[][] {{0, 0}});
        assertThrows(IllegalArgumentException.class, () -> flat.distances(new float[][] {{1, 2, 3}}));
    }
}
