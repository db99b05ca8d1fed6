package org.whiskerstudio.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.dataset.Normalisation;

/** Standardised engine numbers become lines in the data's units, a few features at most, padding left out. */
class ReconstructionLinesTest {
    private static final LineReconstructions.Along STEPS = LineReconstructions.Along.STEPS;

    @Test
    void eachFeatureIsMultipliedBackByItsChannelsDeviationAndItsMeanAdded() {
        var layout = new ReconstructionLines.Layout(STEPS, 2, 3);
        float[] in = {0, 1, -1, /* feature 1 */ 2, 0, 1};
        float[] out = {0.5f, 1, -1, 2, 0, 0};
        LineReconstructions lines = ReconstructionLines.of(4, layout, in, out, new float[] {1, 1, 1},
                new Normalisation(new float[] {10, 100}, new float[] {2, 5}), List.of("a", "b"));

        assertEquals(1, lines.count());
        assertEquals(List.of("a", "b"), lines.features());
        assertEquals(List.of(10f, 12f, 8f), boxed(lines.examples().get(0).inputs().get(0)));
        assertEquals(List.of(110f, 100f, 105f), boxed(lines.examples().get(0).inputs().get(1)));
        assertEquals(11f, lines.examples().get(0).outputs().get(0)[0]);
        assertEquals(List.of(2f, 5f), lines.spreads(), "each feature's deviation, so its charts are at least as tall");
    }

    @Test
    void onlyTheFirstFewOfManyFeaturesAreShownAndUnnamedOnesAreNumbered() {
        var layout = new ReconstructionLines.Layout(STEPS, 5, 2);
        float[] in = new float[2 * 10];
        LineReconstructions lines = ReconstructionLines.of(1, layout, in, in.clone(), new float[] {1, 0, 1, 1},
                Normalisation.identity(5), List.of());

        assertEquals(2, lines.count());
        assertEquals(5, lines.featureCount());
        assertEquals(List.of("feature 1", "feature 2", "feature 3"), lines.features());
        assertEquals(ReconstructionLines.MAX_FEATURES, lines.examples().get(1).inputs().size());
        assertTrue(Float.isNaN(lines.examples().get(0).outputs().get(2)[1]), "example 0's step 1 was padding");
    }

    @Test
    void aVectorsEntriesRunThroughItsChannelsInBlocks() {
        var layout = new ReconstructionLines.Layout(LineReconstructions.Along.ENTRIES, 1, 6);
        assertEquals(List.of(0, 0, 1, 1, 2, 2), java.util.stream.IntStream.range(0, 6)
                .mapToObj(t -> ReconstructionLines.channel(layout, 0, t, 3)).toList());
        var rows = new ReconstructionLines.Layout(STEPS, 6, 4);
        assertEquals(List.of(0, 1, 2, 0), java.util.stream.IntStream.range(0, 4)
                .mapToObj(f -> ReconstructionLines.channel(rows, f, 0, 3)).toList(), "an RGB image read row by row");
        assertEquals(List.of("values"), ReconstructionLines.of(1, layout, new float[6], new float[6],
                new float[] {1, 1, 1, 1, 1, 1}, Normalisation.identity(3), List.of()).features());
    }

    @Test
    void mismatchedArraysAreRefused() {
        var layout = new ReconstructionLines.Layout(STEPS, 2, 3);
        assertThrows(IllegalArgumentException.class, () -> ReconstructionLines.of(1, layout, new float[6],
                new float[5], new float[3], Normalisation.identity(2), List.of()));
    }

    private static List<Float> boxed(float[] values) {
        return java.util.stream.IntStream.range(0, values.length).mapToObj(i -> values[i]).toList();
    }
}
