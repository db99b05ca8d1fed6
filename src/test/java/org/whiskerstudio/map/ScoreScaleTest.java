package org.whiskerstudio.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.training.AnomalyThreshold;

/** The anomaly scale: bins rise with the score, colours darken with it, the points above the threshold stand out. */
class ScoreScaleTest {
    private static double lightness(String hex) {
        Color c = Color.decode(hex);
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    @Test
    void aHigherScoreNeverGetsALowerEntryAndTheNormalColoursDarkenWithTheScore() {
        float[] scores = new float[200];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = (float) Math.pow(i / 10.0, 1.7); // skewed, as reconstruction errors are
        }
        double threshold = 20;
        MapColouring colouring = ScoreScale.colouring(scores, threshold);

        int[] category = colouring.category();
        for (int i = 1; i < scores.length; i++) {
            assertTrue(category[i] >= category[i - 1], "entry falls at score " + scores[i]);
        }
        assertEquals(0, category[0]);
        for (int i = 0; i < scores.length; i++) {
            assertEquals(scores[i] > threshold, category[i] == ScoreScale.NORMAL_BINS, "score " + scores[i]);
        }
        List<String> colours = colouring.colours();
        for (int b = 1; b < ScoreScale.NORMAL_BINS; b++) {
            assertTrue(lightness(colours.get(b)) < lightness(colours.get(b - 1)), "bin " + b + " is not darker");
        }
        assertEquals(ScoreScale.NORMAL_BINS, colouring.emphasised(), "the anomalies are drawn to stand out");
        assertEquals("Above threshold", colouring.legend().get(ScoreScale.NORMAL_BINS));
        assertEquals("0.00 to 3.33", colouring.legend().get(0));
    }

    @Test
    void unscoredPointsHaveNoEntryAndTheCaptionGivesRangeAndThreshold() {
        float[] scores = {0.1f, Float.NaN, 0.4f, 0.9f};
        MapColouring colouring = ScoreScale.colouring(scores, 0.5);

        assertEquals(-1, colouring.category()[1]);
        assertEquals(ScoreScale.NORMAL_BINS, colouring.category()[3]);
        assertEquals(1, colouring.counts()[ScoreScale.NORMAL_BINS]);
        RunScores run = new RunScores(7, new ExampleScores(new long[0], new float[0], List.of()),
                new AnomalyThreshold(0.5, "set by hand"));
        assertEquals("Run 7: scores 0.100 to 0.900; threshold 0.500 (set by hand)", ScoreScale.caption(scores, run));
    }

    @Test
    void allAboveTheThresholdStillColoursEveryPoint() {
        MapColouring colouring = ScoreScale.colouring(new float[] {3, 4}, 1);
        assertEquals(List.of(ScoreScale.NORMAL_BINS, ScoreScale.NORMAL_BINS),
                List.of(colouring.category()[0], colouring.category()[1]));
    }
}
