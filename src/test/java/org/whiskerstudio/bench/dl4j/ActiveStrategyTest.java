package org.whiskerstudio.bench.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Picking the next examples to label: least margin, random, a random batch of the least-margin ones; no repeats. */
class ActiveStrategyTest {
    private static final int[] POOL = {3, 5, 8, 13, 21, 34};
    private static final double[] MARGINS = {0.9, 0.1, 0.5, 0.1, 0.02, 0.7};

    @Test
    void leastMarginTakesTheSmallestMarginsFirstAndBreaksTiesByExample() {
        assertEquals(List.of(21, 5, 13, 8), new ActiveStrategy.LeastMargin(0).pick(POOL, MARGINS, 4, new Random(1)));
    }

    @Test
    void leastMarginTakesTheWholePoolWhenAskedForMore() {
        assertEquals(List.of(21, 5, 13, 8, 34, 3),
                new ActiveStrategy.LeastMargin(0).pick(POOL, MARGINS, 10, new Random(1)));
    }

    @Test
    void aBatchFromTheCandidatesStaysAmongTheLeastMarginOnes() {
        for (int seed = 0; seed < 20; seed++) {
            List<Integer> picked = new ActiveStrategy.LeastMargin(4).pick(POOL, MARGINS, 2, new Random(seed));
            assertEquals(2, picked.size());
            assertEquals(2, new HashSet<>(picked).size(), picked.toString());
            assertTrue(Set.of(21, 5, 13, 8).containsAll(picked), picked.toString());
        }
    }

    @Test
    void randomPicksDistinctPoolEntriesAndRepeatsWithItsSeed() {
        int[] pool = IntStream.range(100, 200).toArray();
        List<Integer> a = new ActiveStrategy.RandomPick().pick(pool, new double[0], 30, new Random(7));
        assertEquals(30, new HashSet<>(a).size());
        assertTrue(a.stream().allMatch(i -> i >= 100 && i < 200), a.toString());
        assertEquals(a, new ActiveStrategy.RandomPick().pick(pool, new double[0], 30, new Random(7)));
        assertNotEquals(a, new ActiveStrategy.RandomPick().pick(pool, new double[0], 30, new Random(8)));
    }

    @Test
    void marginsMustMatchThePool() {
        assertThrows(IllegalArgumentException.class,
                () -> new ActiveStrategy.LeastMargin(0).pick(POOL, new double[2], 1, new Random(1)));
    }

    @Test
    void strategiesParseFromTheirKeys() {
        assertEquals(new ActiveStrategy.RandomPick(), ActiveStrategy.parse("random"));
        assertEquals(new ActiveStrategy.LeastMargin(0), ActiveStrategy.parse(" Margin "));
        assertEquals("margin:2000", ActiveStrategy.parse("margin:2000").key());
        assertThrows(IllegalArgumentException.class, () -> ActiveStrategy.parse("margin:0"));
        assertThrows(IllegalArgumentException.class, () -> ActiveStrategy.parse("entropy"));
    }

    @Test
    void aLabelledSetRefusesRepeatsAndKeepsTheRestAscending() {
        LabelledSet set = new LabelledSet(6);
        set.add(List.of(4, 1));
        assertEquals(List.of(4, 1), set.chosen());
        assertEquals(List.of(0, 2, 3, 5), IntStream.of(set.unlabelled()).boxed().toList());
        assertThrows(IllegalArgumentException.class, () -> set.add(List.of(2, 1)));
        assertThrows(IllegalArgumentException.class, () -> set.add(List.of(6)));
    }

    @Test
    void labelCountsGrowByStepUpToTheCap() {
        ActiveLearning.Options options = new ActiveLearning.Options(200, 500, 12, 6000, 1, 0, 64, 42, Path.of("x"));
        List<Integer> sizes = options.sizes(60_000);
        assertEquals(13, sizes.size());
        assertEquals(List.of(200, 700, 1200), sizes.subList(0, 3));
        assertEquals(List.of(5700, 6000), sizes.subList(11, 13));
        assertEquals(List.of(200, 700, 1000), options.sizes(1000));
    }

    @Test
    void aCurveSaysWhereItFirstReachesAnAccuracy() {
        ActiveCurve curve = new ActiveCurve("margin", List.of(), List.of())
                .with(new ActiveCurve.Point(200, 0.6, 1), List.of(1))
                .with(new ActiveCurve.Point(700, 0.8, 1), List.of(1, 2))
                .with(new ActiveCurve.Point(1200, 0.79, 1), List.of(1, 2, 3));
        assertEquals(700, curve.labelsToReach(0.8).orElseThrow());
        assertTrue(curve.labelsToReach(0.81).isEmpty());
        assertEquals(0.79, curve.lastAccuracy());
        assertEquals(List.of(1, 2, 3), curve.chosen());
    }

    @Test
    void aSmallSetIsRepeatedWithinAnEpochToMakeTheSteps() {
        ActiveLearning.Options options = new ActiveLearning.Options(200, 500, 12, 6000, 6, 250, 64, 42, Path.of("x"));
        assertEquals(14, options.passesPerEpoch(200), "6 epochs of 14 x 200 examples: 264 steps of 64");
        assertEquals(3, options.passesPerEpoch(1200), "6 epochs of 3 x 1,200 examples: 342 steps");
        assertEquals(1, options.passesPerEpoch(6000), "6 epochs of 6,000 already make 564 steps");
        assertEquals(options.passesPerEpoch(200), options.withSeed(7).passesPerEpoch(200));
        assertEquals(7, options.withSeed(7).seed());
    }

    @Test
    void theMeanCurveAveragesTheSeedsAtEachNumberOfLabels() {
        ActiveCurve a = new ActiveCurve("margin", List.of(new ActiveCurve.Point(200, 0.5, 2),
                new ActiveCurve.Point(700, 0.7, 4)), List.of(1, 2));
        ActiveCurve b = new ActiveCurve("margin", List.of(new ActiveCurve.Point(200, 0.6, 4),
                new ActiveCurve.Point(700, 0.8, 6), new ActiveCurve.Point(1200, 0.9, 8)), List.of(3, 4, 5));
        ActiveCurve mean = ActiveCurve.mean(List.of(a, b));
        assertEquals("margin", mean.strategy());
        assertEquals(List.of(200, 700), mean.points().stream().map(ActiveCurve.Point::labels).toList(),
                "only the points every seed reached");
        assertEquals(0.55, mean.points().get(0).accuracy(), 1e-12);
        assertEquals(0.75, mean.points().get(1).accuracy(), 1e-12);
        assertEquals(5, mean.points().get(1).trainSeconds(), 1e-12);
        assertEquals(List.of(), mean.chosen());
        assertThrows(IllegalArgumentException.class, () -> ActiveCurve.mean(List.of(a,
                new ActiveCurve("random", a.points(), List.of()))));
        assertThrows(IllegalArgumentException.class, () -> ActiveCurve.mean(List.of()));
    }
}
