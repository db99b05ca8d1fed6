package org.whiskerstudio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.bench.dl4j.ActiveCurve;
import org.whiskerstudio.bench.dl4j.ActiveLearning;

/**
 * {@code whisker bench active}'s verdict (the labels each strategy needs to reach random's last accuracy, at a round's
 * point) and its report over several seeds.
 */
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
        assertEquals(List.of("random's 3,000-label accuracy is 85.00%; margin reaches it at 2,000 labels: target (at "
                        + "most 3,500) MET",
                "random's 3,000-label accuracy is 85.00%; margin:2000 does not reach it within 3,000 labels: target "
                        + "(at most 3,500) MISSED"), verdicts);
    }

    @Test
    void theCrossingIsARoundsPointNotAnInterpolation() {
        // 0.85 lies between 3,000 (0.84) and 4,000 (0.86): the verdict names 4,000, the first point at or above it.
        List<String> verdicts = ActiveBench.verdicts(List.of(curve("random", 0.7, 0.8, 0.82, 0.84, 0.85),
                curve("margin", 0.7, 0.8, 0.84, 0.86, 0.9)));
        assertTrue(verdicts.get(0).contains("margin reaches it at 4,000 labels") && verdicts.get(0).endsWith("MISSED"),
                verdicts.get(0));
    }

    @Test
    void withoutRandomThereIsNoVerdict() {
        assertEquals(List.of(), ActiveBench.verdicts(List.of(curve("margin", 0.7, 0.8))));
    }

    @Test
    void theMeanTableAndEachSeedsVerdictArePrinted() {
        StringWriter text = new StringWriter();
        List<ActiveBench.SeedRun> runs = List.of(
                new ActiveBench.SeedRun(1, new ActiveLearning.Result(List.of(curve("random", 0.7, 0.8),
                        curve("margin", 0.7, 0.84)), true)),
                new ActiveBench.SeedRun(2, new ActiveLearning.Result(List.of(curve("random", 0.6, 0.9),
                        curve("margin", 0.6, 0.88)), true)));
        ActiveBench.print(new PrintWriter(text), runs, 2, 60);
        String out = text.toString();
        assertTrue(out.contains("mean of 2 seeds:"), out);
        assertTrue(out.contains("2,000          85.00%          86.00%"), out);
        assertTrue(out.contains("random's 2,000-label accuracy is 85.00%; margin reaches it at 2,000 labels"), out);
        assertTrue(out.contains("seed 1: random's 2,000-label accuracy is 80.00%; margin reaches it at 2,000"), out);
        assertTrue(out.contains("seed 2: random's 2,000-label accuracy is 90.00%; margin does not reach it"), out);
    }

    @Test
    void aStoppedRunPrintsItsCurvesButNoVerdict() {
        StringWriter text = new StringWriter();
        ActiveBench.print(new PrintWriter(text), List.of(new ActiveBench.SeedRun(1, new ActiveLearning.Result(
                List.of(curve("random", 0.7), curve("margin", 0.7)), false))), 2, 60);
        String out = text.toString();
        assertTrue(out.contains("seed 1:") && out.contains("no verdict"), out);
        assertFalse(out.contains("reaches it"), out);
    }
}
