package org.whiskerstudio.bench.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.labelling.formats.IdxFormat;
import org.whiskerstudio.training.TrainingControl;

/** Simulated labelling on a tiny slice: both strategies grow their own labelled sets from one start, and stop cleanly. */
@Tag("engine")
public class ActiveLearningTest {
    @TempDir
    Path temp;

    /** Grey 28x28 images whose brightness says their class (learnable, so margins are not all alike). */
    public static IdxFormat.Images images(int count, long seed) {
        Random random = new Random(seed);
        byte[] pixels = new byte[count * 28 * 28];
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) (i % 10);
            for (int p = 0; p < 28 * 28; p++) {
                pixels[i * 28 * 28 + p] = (byte) Math.min(255, 20 * (i % 10) + random.nextInt(60));
            }
        }
        return new IdxFormat.Images(count, 28, 28, pixels, labels);
    }

    private static ActiveData data() {
        return ActiveData.of(images(150, 1), images(40, 2), IntStream.range(0, 10).mapToObj(String::valueOf).toList(),
                120, 30);
    }

    private ActiveLearning.Options options(int rounds) {
        return new ActiveLearning.Options(20, 30, rounds, 1000, 1, 0, 16, 42, temp);
    }

    private static List<List<Integer>> chosen(ActiveLearning.Result result) {
        return result.curves().stream().map(ActiveCurve::chosen).toList();
    }

    private static List<List<Double>> accuracies(ActiveLearning.Result result) {
        return result.curves().stream().map(c -> c.points().stream().map(ActiveCurve.Point::accuracy).toList())
                .toList();
    }

    @Test
    void eachStrategyGrowsItsOwnLabelledSetFromTheSameStart() throws Exception {
        ActiveLearning.Result result = ActiveLearning.run(data(), List.of(new ActiveStrategy.RandomPick(),
                new ActiveStrategy.LeastMargin(0)), options(2), line -> { }, new TrainingControl());
        assertTrue(result.complete());
        assertEquals(List.of("random", "margin"), result.curves().stream().map(ActiveCurve::strategy).toList());
        for (ActiveCurve curve : result.curves()) {
            assertEquals(List.of(20, 50, 80), curve.points().stream().map(ActiveCurve.Point::labels).toList());
            assertTrue(curve.points().stream().allMatch(p -> p.accuracy() >= 0 && p.accuracy() <= 1), curve.toString());
            assertEquals(80, new HashSet<>(curve.chosen()).size(), "no example labelled twice");
            assertTrue(curve.chosen().stream().allMatch(i -> i >= 0 && i < 120), curve.toString());
        }
        List<Integer> random = result.curves().get(0).chosen();
        List<Integer> margin = result.curves().get(1).chosen();
        assertEquals(random.subList(0, 20), margin.subList(0, 20), "one shared random start");
        assertEquals(result.curves().get(0).points().get(0), result.curves().get(1).points().get(0));
        assertNotEquals(new HashSet<>(random), new HashSet<>(margin));
    }

    @Test
    void aStopEndsTheRunWithThePointsSoFar() throws Exception {
        TrainingControl control = new TrainingControl();
        ActiveLearning.Result result = ActiveLearning.run(data(), List.of(new ActiveStrategy.RandomPick(),
                new ActiveStrategy.LeastMargin(0)), options(3), line -> {
                    if (line.startsWith("margin: 50 labels")) {
                        control.stop();
                    }
                }, control);
        assertFalse(result.complete());
        assertEquals(List.of(2, 2), result.curves().stream().map(c -> c.points().size()).toList());
    }

    @Test
    void aSeedRepeatsItsChoicesAndAnotherSeedStartsElsewhere() throws Exception {
        List<ActiveStrategy> both = List.of(new ActiveStrategy.RandomPick(), new ActiveStrategy.LeastMargin(0));
        ActiveLearning.Result first = ActiveLearning.run(data(), both, options(1), line -> { }, new TrainingControl());
        ActiveLearning.Result again = ActiveLearning.run(data(), both, options(1), line -> { }, new TrainingControl());
        ActiveLearning.Result other = ActiveLearning.run(data(), both, options(1).withSeed(43), line -> { },
                new TrainingControl());
        assertEquals(chosen(first), chosen(again), "the same seed, the same labels in the same order");
        assertEquals(accuracies(first), accuracies(again), "and the same models");
        assertNotEquals(chosen(first).get(0).subList(0, 20), chosen(other).get(0).subList(0, 20));
    }
}
