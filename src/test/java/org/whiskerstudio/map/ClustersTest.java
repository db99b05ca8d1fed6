package org.whiskerstudio.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** k-means on embeddings, the suggested k, and the figures that score clusters against known classes. */
class ClustersTest {
    private static final int PER_BLOB = 60;

    private static float[][] blobs(int count, Random random) {
        float[][] rows = new float[count * PER_BLOB][];
        for (int i = 0; i < rows.length; i++) {
            int blob = i / PER_BLOB;
            rows[i] = new float[] {(float) (blob * 20 + random.nextGaussian()), (float) (blob % 2 * 15
                    + random.nextGaussian()), (float) random.nextGaussian()};
        }
        return rows;
    }

    private static int[] truth(int count) {
        int[] t = new int[count * PER_BLOB];
        for (int i = 0; i < t.length; i++) {
            t[i] = i / PER_BLOB;
        }
        return t;
    }

    @Test
    void wellSeparatedBlobsAreFoundExactlyAndTheSameEachTime() {
        float[][] rows = blobs(3, new Random(1));
        int[] clusters = Clusters.kMeans(rows, 3);
        assertEquals(1.0, MapMetrics.purity(clusters, truth(3)), 1e-9);
        assertEquals(1.0, MapMetrics.nmi(clusters, truth(3)), 1e-9);
        assertArrayEquals(clusters, Clusters.kMeans(rows, 3), "seeded");
        assertThrows(IllegalArgumentException.class, () -> Clusters.kMeans(rows, 0));
    }

    @Test
    void theSuggestedKIsTheNumberOfBlobs() {
        assertEquals(4, Clusters.suggestK(blobs(4, new Random(2))));
        assertEquals(1, Clusters.suggestK(new float[][] {{1}, {2}}), "too few points to compare");
    }

    @Test
    void purityAndNmiOfAKnownPartition() {
        int[] truth = {0, 0, 0, 1, 1, 1};
        int[] clusters = {0, 0, 1, 1, 1, 1};
        assertEquals(5 / 6.0, MapMetrics.purity(clusters, truth), 1e-9);
        // I = 0.3183 nats; H(C) = 0.6365, H(T) = 0.6931.
        assertEquals(0.4789, MapMetrics.nmi(clusters, truth), 1e-3);
        assertEquals(0.0, MapMetrics.nmi(new int[] {0, 1, 0, 1}, new int[] {0, 0, 1, 1}), 1e-9, "independent");
    }

    @Test
    void oneNearestNeighbourAgreementCountsEachPointsClosestOther() {
        float[] xs = {0, 1, 10, 11, 20};
        float[] ys = {0, 0, 0, 0, 0};
        assertEquals(0.8, MapMetrics.oneNearestNeighbour(xs, ys, new int[] {0, 0, 1, 1, 0}), 1e-9,
                "the last point's nearest (11) is of another class");
    }
}
