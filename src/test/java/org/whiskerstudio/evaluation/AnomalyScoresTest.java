package org.whiskerstudio.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Thresholds, rankings and curves of anomaly scores, against cases worked by hand. */
class AnomalyScoresTest {
    private static final double EPS = 1e-12;

    @Test
    void thePercentileIsLinearBetweenTheNearestRanks() {
        double[] values = {5, 1, 4, 2, 3};
        // sorted 1..5: rank 0.99 * 4 = 3.96, between 4 and 5
        assertEquals(4.96, AnomalyScores.percentile(values, 0.99), EPS);
        assertEquals(3, AnomalyScores.percentile(values, 0.5), EPS);
        assertEquals(1, AnomalyScores.percentile(values, 0), EPS);
        assertEquals(5, AnomalyScores.percentile(values, 1), EPS);
        assertEquals(7, AnomalyScores.percentile(new double[] {7}, 0.99), EPS);
        assertThrows(IllegalArgumentException.class, () -> AnomalyScores.percentile(new double[0], 0.99));
        assertThrows(IllegalArgumentException.class, () -> AnomalyScores.percentile(values, 99));
    }

    @Test
    void aurocAndAveragePrecisionMatchTheHandWorkedRanking() {
        // Ranked by score: A(0.9) N(0.8) A(0.7) N(0.6) N(0.5), A = anomaly.
        AnomalyScores scores = new AnomalyScores(new double[] {0.5, 0.9, 0.6, 0.7, 0.8},
                new boolean[] {false, true, false, true, false});
        RankCurves curves = scores.curves().orElseThrow();

        // Pairs (anomaly, normal) ranked right: A0.9 beats 3, A0.7 beats 2 of 3 normals -> 5 / 6.
        assertEquals(5.0 / 6, curves.auc(), EPS);
        // Precision at each anomaly found: 1/1 and 2/3, averaged over the 2 anomalies.
        assertEquals((1 + 2.0 / 3) / 2, curves.averagePrecision(), EPS);
        assertEquals(List.of(1, 4, 3, 2, 0), scores.ranking());
    }

    @Test
    void tiedScoresAreOneStepOfTheCurve() {
        AnomalyScores tied = new AnomalyScores(new double[] {1, 1}, new boolean[] {true, false});

        assertEquals(0.5, tied.curves().orElseThrow().auc(), EPS, "a tie is a coin toss");
        assertEquals(2, tied.curves().orElseThrow().roc().size(), "from (0, 0) straight to (1, 1)");
    }

    @Test
    void theVerdictAndItsPrecisionAndRecallFollowTheThreshold() {
        AnomalyScores scores = new AnomalyScores(new double[] {0.1, 0.2, 0.3, 0.9},
                new boolean[] {false, false, true, true});

        assertEquals(2, scores.flagged(0.25));
        assertEquals(1.0, scores.precisionAt(0.25), EPS);
        assertEquals(1.0, scores.recallAt(0.25), EPS);
        assertEquals(1, scores.flagged(0.3), "at the threshold is still normal");
        assertEquals(0.5, scores.recallAt(0.3), EPS);
        assertTrue(Double.isNaN(scores.precisionAt(1)), "nothing flagged");
    }

    @Test
    void curvesNeedBothNormalExamplesAndAnomalies() {
        assertTrue(new AnomalyScores(new double[] {1, 2}, new boolean[] {false, false}).curves().isEmpty());
        assertTrue(new AnomalyScores(new double[] {1, 2}, new boolean[] {true, true}).curves().isEmpty());
    }

    @Test
    void theThresholdIsTheNormalValidationExamplesPercentile() {
        List<AnomalyEvaluation.Scored> validation = List.of(new AnomalyEvaluation.Scored(1, "normal", 1),
                new AnomalyEvaluation.Scored(2, "normal", 2), new AnomalyEvaluation.Scored(3, "event", 100));
        List<AnomalyEvaluation.Scored> test = List.of(new AnomalyEvaluation.Scored(4, "normal", 1.5),
                new AnomalyEvaluation.Scored(5, "event", 50));

        AnomalyEvaluation e = AnomalyEvaluation.of("run", "normal", validation, test, List.of());

        assertEquals(1.99, e.threshold(), EPS, "the event in the validation part does not move it");
        assertEquals("99th percentile of 2 normal validation examples", e.thresholdSource());
        assertEquals(List.of(5L, 4L), e.mostAnomalous().stream().map(AnomalyEvaluation.Scored::imageId).toList());
        assertEquals(1.0, e.curves().orElseThrow().auc(), EPS);
        AnomalyEvaluation noValidation = AnomalyEvaluation.of("run", "normal", List.of(), test, List.of());
        assertEquals(1.5, noValidation.threshold(), EPS);
        assertTrue(noValidation.thresholdSource().contains("normal test examples"));
    }
}
