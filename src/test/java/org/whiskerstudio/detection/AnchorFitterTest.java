package org.whiskerstudio.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** k-means anchors with 1 - IoU on synthetic box sets. */
class AnchorFitterTest {
    private static final double EPS = 1e-9;

    @Test
    void twoExactClustersGiveTheirSizes() {
        List<BoxSize> sizes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sizes.add(new BoxSize(40, 20));
            sizes.add(new BoxSize(10, 10));
        }
        for (long seed = 0; seed < 5; seed++) {
            List<BoxSize> anchors = AnchorFitter.fit(sizes, 2, seed);
            assertEquals(List.of(new BoxSize(10, 10), new BoxSize(40, 20)), anchors, "seed " + seed);
            assertEquals(1, AnchorFitter.meanIou(sizes, anchors), EPS);
        }
    }

    @Test
    void jitteredClustersAreFoundAndTheFitRepeatsWithItsSeed() {
        Random random = new Random(7);
        BoxSize[] centres = {new BoxSize(8, 8), new BoxSize(30, 12), new BoxSize(16, 48)};
        List<BoxSize> sizes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            BoxSize c = centres[i % 3];
            sizes.add(new BoxSize(c.width() * (0.9 + 0.2 * random.nextDouble()),
                    c.height() * (0.9 + 0.2 * random.nextDouble())));
        }
        List<BoxSize> anchors = AnchorFitter.fit(sizes, 3, 42);
        assertEquals(anchors, AnchorFitter.fit(sizes, 3, 42));
        // Sorted by area: 8 x 8 = 64, 30 x 12 = 360, 16 x 48 = 768; each found within 5% of its centre.
        for (int a = 0; a < 3; a++) {
            assertEquals(centres[a].width(), anchors.get(a).width(), centres[a].width() * 0.05);
            assertEquals(centres[a].height(), anchors.get(a).height(), centres[a].height() * 0.05);
        }
        assertTrue(AnchorFitter.meanIou(sizes, anchors) > 0.85);
        assertTrue(AnchorFitter.meanIou(sizes, anchors) > AnchorFitter.meanIou(sizes, anchors.subList(0, 1)));
    }

    @Test
    void moreAnchorsThanDistinctSizesRepeatOne() {
        List<BoxSize> sizes = List.of(new BoxSize(5, 5), new BoxSize(5, 5), new BoxSize(5, 5));
        assertEquals(List.of(new BoxSize(5, 5), new BoxSize(5, 5)), AnchorFitter.fit(sizes, 2, 1));
    }

    @Test
    void gridUnitsDivideByTheCellSize() {
        // Input 128 px, 8 x 8 grid: a cell is 16 px. 10 x 10 -> 0.625; 40 x 20 -> 2.5 x 1.25.
        List<BoxSize> grid = AnchorFitter.inGridUnits(List.of(new BoxSize(10, 10), new BoxSize(40, 20)), 128, 8);
        assertEquals(List.of(new BoxSize(0.625, 0.625), new BoxSize(2.5, 1.25)), grid);
    }

    @Test
    void tooFewBoxesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> AnchorFitter.fit(List.of(new BoxSize(1, 1)), 2, 0));
    }

    @Test
    void centredIouOfSizes() {
        // 10 x 10 and 20 x 5 on one centre: intersection 10 x 5 = 50, union 100 + 100 - 50 = 150.
        assertEquals(50 / 150.0, new BoxSize(10, 10).iou(new BoxSize(20, 5)), EPS);
    }
}
