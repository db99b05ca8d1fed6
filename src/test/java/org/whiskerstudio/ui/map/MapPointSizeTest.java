package org.whiskerstudio.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A small map's points are larger than a crowded map's, within bounds. */
class MapPointSizeTest {
    @Test
    void pointsGrowAsTheMapGetsSmallerUpToALimit() {
        assertEquals(3.5, MapCanvas.pointSize(20_000), 1e-9, "a crowded map keeps small points");
        assertEquals(3.5, MapCanvas.pointSize(2_000), 1e-9);
        assertEquals(8, MapCanvas.pointSize(36), 1e-9, "the cats sample's 36 photos: the largest points");
        double previous = MapCanvas.pointSize(20_000);
        for (int n = 10_000; n >= 1; n /= 2) {
            double size = MapCanvas.pointSize(n);
            assertTrue(size >= previous, n + " points: " + size + " < " + previous);
            previous = size;
        }
    }
}
