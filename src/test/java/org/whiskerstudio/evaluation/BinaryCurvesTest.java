package org.whiskerstudio.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ROC, precision-recall and thresholds of the positive class's probability. */
class BinaryCurvesTest {
    private static final List<String> CLASSES = List.of("not cat", "cat");

    private static ScoredExample p(long id, int truth, float cat) {
        return ScoredExample.of(id, "h" + id, truth, new float[] {1 - cat, cat});
    }

    @Test
    void aPerfectRankingHasAreaOne() {
        BinaryCurves c = BinaryCurves.of(List.of(p(1, 1, 0.9f), p(2, 1, 0.8f), p(3, 0, 0.3f), p(4, 0, 0.1f)), 1);
        assertEquals(1.0, c.auc(), 1e-9);
        assertEquals(1.0, c.averagePrecision(), 1e-9);
    }

    @Test
    void aRandomScorerHasAreaNearAHalf() {
        Random random = new Random(7);
        List<ScoredExample> ps = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            ps.add(p(i, random.nextInt(2), random.nextFloat()));
        }
        BinaryCurves c = BinaryCurves.of(ps, 1);
        assertEquals(0.5, c.auc(), 0.03);
        assertEquals(0.5, c.averagePrecision(), 0.03);
    }

    @Test
    void aucCountsCorrectlyOrderedPairsWithTiesAsHalf() {
        // Positives 0.8, 0.4; negatives 0.6, 0.4: pairs right 1 (0.8>0.6) + 1 (0.8>0.4) + 0 + 0.5 (tie) = 2.5 of 4.
        BinaryCurves c = BinaryCurves.of(List.of(p(1, 1, 0.8f), p(2, 0, 0.6f), p(3, 1, 0.4f), p(4, 0, 0.4f)), 1);
        assertEquals(0.625, c.auc(), 1e-9);
        assertEquals(1.0, c.roc().get(c.roc().size() - 1).x(), 1e-9);
        assertEquals(1.0, c.roc().get(c.roc().size() - 1).y(), 1e-9);
    }

    @Test
    void aThresholdDecidesThePredictedClass() {
        BinaryCurves c = BinaryCurves.of(List.of(p(1, 1, 0.9f), p(2, 1, 0.4f), p(3, 0, 0.3f), p(4, 0, 0.6f)), 1);
        ConfusionMatrix half = c.matrixAt(CLASSES, 0.5);
        assertEquals(1, half.count(1, 1));
        assertEquals(1, half.count(1, 0));
        assertEquals(1, half.count(0, 1));
        ConfusionMatrix low = c.matrixAt(CLASSES, 0.35);
        assertEquals(2, low.count(1, 1), "0.4 is now a cat");
        assertEquals(1, low.count(0, 1));
        assertEquals(1, low.count(0, 0));
    }

    @Test
    void thePositiveClassIsTheOneThatIsNotANegation() {
        assertEquals(0, BinaryCurves.likelyPositive(List.of("cat", "not-cat")));
        assertEquals(0, BinaryCurves.likelyPositive(List.of("dog", "other things")));
        assertEquals(1, BinaryCurves.likelyPositive(List.of("no defect", "defect")));
        assertEquals(1, BinaryCurves.likelyPositive(List.of("apple", "pear")));
        assertEquals(1, BinaryCurves.likelyPositive(List.of("note", "nothing")), "'note' is no negation");
    }
}
