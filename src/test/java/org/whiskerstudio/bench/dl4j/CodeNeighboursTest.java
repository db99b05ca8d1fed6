package org.whiskerstudio.bench.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The code-distance score of bench anomaly, against distances worked by hand. */
class CodeNeighboursTest {
    @Test
    void theScoreIsTheMeanDistanceToTheNearestReferenceCodes() {
        float[][] reference = {{0, 0}, {3, 4}, {10, 0}, {0, 1}};
        float[][] queries = {{0, 0}, {6, 8}};

        // (0,0): nearest 0 and 1 -> 0.5; (6,8): 5 to (3,4), then sqrt(16 + 64) to (10,0) before sqrt(36 + 49)
        // to (0,1) -> their mean
        double far = (5 + Math.sqrt(16 + 64)) / 2;
        assertArrayEquals(new double[] {0.5, far}, CodeNeighbours.distances(reference, queries, 2), 1e-9);
        assertArrayEquals(new double[] {0, 5}, CodeNeighbours.distances(reference, queries, 1), 1e-9);
    }
}
