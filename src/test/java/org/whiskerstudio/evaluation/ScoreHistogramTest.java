package org.whiskerstudio.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Scores counted into bins, and the axis a threshold is placed on. */
class ScoreHistogramTest {
    @Test
    void scoresFallIntoEqualBinsFromLowestToHighest() {
        ScoreHistogram h = ScoreHistogram.of(new double[] {0, 0.1, 0.3, 0.6, 1.0}, 4);

        assertArrayEquals(new int[] {2, 1, 1, 1}, h.counts());
        assertEquals(2, h.maxCount());
    }

    @Test
    void aThresholdMapsToTheAxisAndBackClamped() {
        ScoreHistogram h = ScoreHistogram.of(new double[] {1, 3}, 10);

        assertEquals(0.25, h.fraction(1.5), 1e-12);
        assertEquals(1.5, h.scoreAt(0.25), 1e-12);
        assertEquals(1, h.fraction(9), 1e-12);
        assertEquals(1, h.scoreAt(-2), 1e-12);
    }

    @Test
    void equalScoresStillGetAnAxisToPlaceAThresholdOn() {
        ScoreHistogram h = ScoreHistogram.of(new double[] {0.5, 0.5}, 10);

        assertEquals(2, h.maxCount());
        assertEquals(0.5, h.low(), 1e-12);
        assertEquals(true, h.high() > h.low());
    }

    @Test
    void scoresSpreadOverDecadesGetALogarithmicAxis() {
        // 0.001 .. 10 spans four decades: four bins are one decade each.
        ScoreHistogram h = ScoreHistogram.of(new double[] {0.001, 0.002, 0.005, 0.02, 0.5, 10}, 4);

        assertEquals(true, h.logarithmic());
        assertArrayEquals(new int[] {3, 1, 1, 1}, h.counts());
        assertEquals(0.5, h.fraction(0.1), 1e-12);
        assertEquals(0.1, h.scoreAt(0.5), 1e-12);
        assertEquals(0, h.fraction(0), 1e-12);
    }

    @Test
    void scoresWithinTwoDecadesOrReachingZeroKeepALinearAxis() {
        assertEquals(false, ScoreHistogram.of(new double[] {0.01, 0.5}, 4).logarithmic());
        assertEquals(false, ScoreHistogram.of(new double[] {0, 0.001, 10}, 4).logarithmic());
    }
}
