package org.whiskerstudio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.bench.dl4j.ActiveCurve;

/** {@code whisker bench active}'s verdict: the labels each strategy needs to reach random's last accuracy. */
class ActiveVerdictTest {
    private static ActiveCurve curve(String strategy, double... accuracies) {
        ActiveCurve curve = new ActiveCurve(strategy, List.of(), List.of());
        for (int i = 0; i < accuracies.length; i++) {
            curve = curve.with(new ActiveCurve.Point(1000 + 1000 * i, accuracies[i], 1), List.of());
        }
        return curve;
    }

    @Test
    void theVerdictIsTheLabelsEachStrategyNeedsForRandomsLastAccuracy() {
        List<String> verdicts = ActiveBench.verdicts(List.of(curve("random", 0.7, 0.8, 0.85),
                curve("margin", 0.72, 0.85, 0.88), curve("margin:2000", 0.7, 0.75, 0.84)));
        assertEquals(2, verdicts.size());
        assertTrue(verdicts.get(0).contains("margin reached it with 2,000 labels") && verdicts.get(0).endsWith("MET"),
                verdicts.get(0));
        assertTrue(verdicts.get(1).contains("did not reach it within 3,000 labels")
                && verdicts.get(1).endsWith("MISSED"), verdicts.get(1));
        assertTrue(verdicts.get(0).contains("random has 85.00% at 3,000 labels"), verdicts.get(0));
    }
}
