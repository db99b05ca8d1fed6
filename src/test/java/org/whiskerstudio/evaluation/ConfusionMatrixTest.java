package org.whiskerstudio.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Metrics of a small matrix against values worked out by hand. */
class ConfusionMatrixTest {
    private static final List<String> ABC = List.of("A", "B", "C");
    private static final double EPS = 1e-6;

    /** A->A twice, A->B, B->B, B->A, C->A: C is never predicted. */
    static List<ScoredExample> sample() {
        return List.of(
                ScoredExample.of(1, "h1", 0, new float[] {0.9f, 0.05f, 0.05f}),
                ScoredExample.of(2, "h2", 0, new float[] {0.6f, 0.3f, 0.1f}),
                ScoredExample.of(3, "h3", 0, new float[] {0.3f, 0.6f, 0.1f}),
                ScoredExample.of(4, "h4", 1, new float[] {0.2f, 0.7f, 0.1f}),
                ScoredExample.of(5, "h5", 1, new float[] {0.8f, 0.15f, 0.05f}),
                ScoredExample.of(6, "h6", 2, new float[] {0.5f, 0.4f, 0.1f}));
    }

    @Test
    void countsAndRowRatesFollowTrueAndPredictedClasses() {
        ConfusionMatrix m = ConfusionMatrix.of(ABC, sample());
        assertEquals(2, m.count(0, 0));
        assertEquals(1, m.count(0, 1));
        assertEquals(1, m.count(2, 0));
        assertEquals(2.0 / 3, m.rate(0, 0), EPS);
        assertEquals(1.0, m.rate(2, 0), EPS);
        assertEquals(0.5, m.accuracy(), EPS);
    }

    @Test
    void perClassMetricsMatchHandComputedValues() {
        ConfusionMatrix m = ConfusionMatrix.of(ABC, sample());
        ClassMetrics a = m.metrics(0);
        assertEquals(0.5, a.precision(), EPS);
        assertEquals(2.0 / 3, a.recall(), EPS);
        assertEquals(4.0 / 7, a.f1(), EPS);
        assertEquals(3, a.support());
        ClassMetrics b = m.metrics(1);
        assertEquals(0.5, b.precision(), EPS);
        assertEquals(0.5, b.recall(), EPS);
        assertEquals(0.5, b.f1(), EPS);
    }

    @Test
    void aClassNeverPredictedHasPrecisionZero() {
        ClassMetrics c = ConfusionMatrix.of(ABC, sample()).metrics(2);
        assertEquals(0, c.predicted());
        assertEquals(0.0, c.precision(), 0, "defined as 0, as scikit-learn's zero_division=0");
        assertEquals(0.0, c.f1(), 0);
        assertEquals(1, c.support());
    }

    @Test
    void macroAndWeightedAveragesMatchHandComputedValues() {
        ConfusionMatrix m = ConfusionMatrix.of(ABC, sample());
        assertEquals(1.0 / 3, m.macro().precision(), EPS);
        assertEquals((2.0 / 3 + 0.5) / 3, m.macro().recall(), EPS);
        assertEquals((4.0 / 7 + 0.5) / 3, m.macro().f1(), EPS);
        assertEquals(2.5 / 6, m.weighted().precision(), EPS);
        assertEquals(0.5, m.weighted().recall(), EPS, "weighted recall is accuracy");
        assertEquals((4.0 / 7 * 3 + 0.5 * 2) / 6, m.weighted().f1(), EPS);
    }

    @Test
    void topKCountsTheTrueClassAmongTheKMostProbable() {
        ConfusionMatrix m = ConfusionMatrix.of(ABC, sample());
        assertEquals(0.5, m.topK(1), EPS);
        // Second guesses right: image 3 (A at 0.3), image 5 (B at 0.15); image 6 (C at 0.1) is third.
        assertEquals(5.0 / 6, m.topK(2), EPS);
        assertEquals(1.0, m.topK(3), EPS);
    }

    @Test
    void cellMembersComeMostConfidentFirst() {
        ConfusionMatrix m = ConfusionMatrix.of(ABC, sample());
        assertEquals(List.of(1L, 2L), m.members(0, 0).stream().map(ScoredExample::imageId).toList());
        assertEquals(List.of(), m.members(2, 2));
    }

    @Test
    void mostConfidentMistakesAreWrongPredictionsByConfidence() {
        ConfusionMatrix m = ConfusionMatrix.of(ABC, sample());
        assertEquals(List.of(5L, 3L, 6L), m.mostConfidentMistakes(10).stream().map(ScoredExample::imageId).toList());
        assertEquals(1, m.mostConfidentMistakes(1).size());
    }

    @Test
    void mostConfusedPairsAddBothDirections() {
        List<ConfusedPair> pairs = ConfusionMatrix.of(ABC, sample()).mostConfusedPairs(5);
        assertEquals(new ConfusedPair(0, 1, 1, 1), pairs.get(0));
        assertEquals(new ConfusedPair(0, 2, 0, 1), pairs.get(1));
        assertEquals(2, pairs.size());
    }
}
