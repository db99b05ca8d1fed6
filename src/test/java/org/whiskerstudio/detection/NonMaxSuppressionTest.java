package org.whiskerstudio.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.whiskerstudio.detection.Fixtures.box;
import static org.whiskerstudio.detection.Fixtures.found;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Non-maximum suppression per class, with its thresholds and cap. */
class NonMaxSuppressionTest {
    // a and b overlap by 60 / 100 with a 10 x 6 b inside a 10 x 10 a: IoU 0.6; c is apart; d is a's box, class 1.
    private static final Detection A = found(0, box(0, 0, 10, 10), 0.9);
    private static final Detection B = found(0, box(0, 0, 10, 6), 0.8);
    private static final Detection C = found(0, box(40, 40, 10, 10), 0.7);
    private static final Detection D = found(1, box(0, 0, 10, 10), 0.85);
    private static final List<Detection> ALL = List.of(C, B, D, A);

    @Test
    void suppressesOverlapsWithinAClassOnly() {
        assertEquals(List.of(A, D, C), new NonMaxSuppression(0.5, 0, 100).apply(ALL));
    }

    @Test
    void anOverlapAtTheThresholdIsKept() {
        // IoU 0.6 is not above 0.6: b survives.
        assertEquals(List.of(A, D, B, C), new NonMaxSuppression(0.6, 0, 100).apply(ALL));
    }

    @Test
    void dropsLowScoresAndCapsTheCount() {
        assertEquals(List.of(A, D), new NonMaxSuppression(0.5, 0.75, 100).apply(ALL));
        assertEquals(List.of(A, D), new NonMaxSuppression(0.5, 0, 2).apply(ALL));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new NonMaxSuppression(1.5, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new NonMaxSuppression(0.5, 0, 0));
    }
}
