package org.whiskerstudio.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.whiskerstudio.detection.Fixtures.box;
import static org.whiskerstudio.detection.Fixtures.truth;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.labelling.Shape.Box;

/** Letterboxing, box to grid cell, the label layout and decoding an output array, on worked numbers. */
class YoloLayoutTest {
    private static final double EPS = 1e-6;
    private static final YoloGrid GRID = new YoloGrid(128, 8, 3); // cells of 16 px

    @Test
    void letterboxScalesTheLongSideAndCentresTheShortOne() {
        // 200 x 100 into 128: scale 128 / 200 = 0.64; height 64, padded (128 - 64) / 2 = 32 above and below.
        Letterbox letterbox = new Letterbox(200, 100, 128);
        assertEquals(128, letterbox.drawnWidth());
        assertEquals(64, letterbox.drawnHeight());
        assertEquals(0, letterbox.offsetX());
        assertEquals(32, letterbox.offsetY());
        // (50, 25)-(150, 75) -> (32, 16 + 32)-(96, 48 + 32) = (32, 48)-(96, 80).
        Box input = letterbox.toInput(new Box(50, 25, 150, 75));
        assertBox(new Box(32, 48, 96, 80), input);
        assertBox(new Box(50, 25, 150, 75), letterbox.toImage(input));
        // A prediction reaching into the padding comes back clipped to the image.
        assertBox(new Box(0, 0, 200, 25), letterbox.toImage(new Box(-10, 0, 140, 48)));
    }

    @Test
    void letterboxingRoundsToWholePixelsAsTheImageResizerDoes() {
        // 100 x 300 into 128: 100 x 128 / 300 = 42.67 -> drawn 43 wide at (128 - 43) / 2 = 42 (integer division).
        // x scales by 43 / 100 = 0.43: (0, 0)-(100, 300) -> (42, 0)-(85, 128); (50, 150) -> (63.5, 64).
        Letterbox letterbox = new Letterbox(100, 300, 128);
        assertEquals(43, letterbox.drawnWidth());
        assertEquals(42, letterbox.offsetX());
        assertBox(new Box(42, 0, 85, 128), letterbox.toInput(new Box(0, 0, 100, 300)));
        assertBox(new Box(63.5, 64, 63.5, 64), letterbox.toInput(new Box(50, 150, 50, 150)));
    }

    @Test
    void aBoxBelongsToTheCellOfItsCentre() {
        // (40, 40)-(72, 56): centre (56, 48) -> 56 / 16 = 3.5, 48 / 16 = 3.0 -> cell (3, 3).
        assertEquals(new YoloGrid.Cell(3, 3), GRID.cellOf(new Box(40, 40, 72, 56)));
        // A centre on the far edge (128) stays in the last cell.
        assertEquals(new YoloGrid.Cell(7, 7), GRID.cellOf(new Box(120, 120, 136, 136)));
    }

    @Test
    void theLabelHoldsCornersInGridUnitsAndAOneHotClass() {
        float[] label = YoloTargets.of(GRID, List.of(truth(2, new Box(40, 40, 72, 56))));
        assertEquals((4 + 3) * 64, label.length);
        int at = 3 * 8 + 3; // row 3, column 3
        // Corners / 16: 2.5, 2.5, 4.5, 3.5.
        assertEquals(2.5f, label[at]);
        assertEquals(2.5f, label[64 + at]);
        assertEquals(4.5f, label[2 * 64 + at]);
        assertEquals(3.5f, label[3 * 64 + at]);
        assertEquals(0f, label[4 * 64 + at]);
        assertEquals(0f, label[5 * 64 + at]);
        assertEquals(1f, label[6 * 64 + at]);
        float sum = 0;
        for (float v : label) {
            sum += v;
        }
        assertEquals(2.5f + 2.5f + 4.5f + 3.5f + 1f, sum, EPS);
    }

    @Test
    void aLetterboxedBoxLandsInItsCellWithItsCorners() {
        // The 200 x 100 image's (50, 25)-(150, 75) is (32, 48)-(96, 80) on the input: centre (64, 64) -> cell (4, 4);
        // corners / 16 = 2, 3, 6, 5.
        Letterbox letterbox = new Letterbox(200, 100, 128);
        Box input = letterbox.toInput(new Box(50, 25, 150, 75));
        float[] label = YoloTargets.of(GRID, List.of(truth(0, input)));
        int at = 4 * 8 + 4;
        assertEquals(new YoloGrid.Cell(4, 4), GRID.cellOf(input));
        assertEquals(2f, label[at], EPS);
        assertEquals(3f, label[64 + at], EPS);
        assertEquals(6f, label[2 * 64 + at], EPS);
        assertEquals(5f, label[3 * 64 + at], EPS);
        assertEquals(1f, label[4 * 64 + at]);
    }

    @Test
    void twoBoxesInOneCellKeepTheLarger() {
        // Both centre in cell (0, 0): 4 x 4 (area 16) and 8 x 8 (area 64), in either order the 8 x 8 is kept.
        Box small = box(6, 6, 4, 4);
        Box large = box(4, 4, 8, 8);
        for (List<GroundTruth> truths : List.of(List.of(truth(0, small), truth(1, large)),
                List.of(truth(1, large), truth(0, small)))) {
            float[] label = YoloTargets.of(GRID, truths);
            assertEquals(0.25f, label[0]); // x1 = 4 / 16
            assertEquals(0.75f, label[2 * 64]); // x2 = 12 / 16
            assertEquals(1f, label[5 * 64]); // class 1
            assertEquals(0f, label[4 * 64]);
        }
    }

    @Test
    void aClassOutsideTheGridIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> YoloTargets.of(GRID, List.of(truth(3, box(0, 0, 4, 4)))));
    }

    @Test
    void decodingReadsCentreSizeAndClassScore() {
        // Grid 2 x 2 over 64 px (cells of 32), 2 classes, 1 anchor: 7 channels x 4 cells.
        YoloGrid grid = new YoloGrid(64, 2, 2);
        float[] output = new float[7 * 4];
        int at = 1; // row 0, column 1
        output[at] = 0.5f; // x within the cell
        output[4 + at] = 0.25f; // y within the cell
        output[2 * 4 + at] = 1f; // width in cells
        output[3 * 4 + at] = 0.5f; // height in cells
        output[4 * 4 + at] = 0.8f; // confidence
        output[5 * 4 + at] = 0.25f; // class 0
        output[6 * 4 + at] = 0.75f; // class 1
        // Centre (1 + 0.5, 0 + 0.25) cells, size 1 x 0.5 -> (1.0, 0.0)-(2.0, 0.5) cells -> (32, 0)-(64, 16) px.
        // Score 0.8 x 0.75 = 0.6, class 1. The other cells have confidence 0 and fall under 0.1.
        List<Detection> found = YoloDecoder.decode(output, grid, 1, new Letterbox(64, 64, 64), 0.1);
        assertEquals(1, found.size());
        assertEquals(1, found.get(0).classIndex());
        assertEquals(0.6, found.get(0).score(), EPS);
        assertBox(new Box(32, 0, 64, 16), found.get(0).box());
        // Through a letterbox: a 128 x 64 image on the 64 px input has scale 0.5 and 16 px padding on top, so the
        // input's (32, 0)-(64, 16) is the image's (64, -32)-(128, 0), clipped to (64, 0)-(128, 0).
        Detection back = YoloDecoder.decode(output, grid, 1, new Letterbox(128, 64, 64), 0.1).get(0);
        assertBox(new Box(64, 0, 128, 0), back.box());

        // Every class per box: class 0 scores 0.8 x 0.25 = 0.2, so the same box is also a class-0 candidate at 0.1,
        // not at 0.3; a box whose best class is under the threshold offers no other class either.
        List<Detection> every = YoloDecoder.decode(output, grid, 1, new Letterbox(64, 64, 64), 0.1,
                YoloDecoder.ClassesPerBox.EVERY);
        assertEquals(List.of(0, 1), every.stream().map(Detection::classIndex).toList());
        assertEquals(0.2, every.get(0).score(), EPS);
        assertEquals(0.6, every.get(1).score(), EPS);
        assertEquals(every.get(0).box(), every.get(1).box());
        assertEquals(List.of(1), YoloDecoder.decode(output, grid, 1, new Letterbox(64, 64, 64), 0.3,
                YoloDecoder.ClassesPerBox.EVERY).stream().map(Detection::classIndex).toList());
        assertEquals(List.of(), YoloDecoder.decode(output, grid, 1, new Letterbox(64, 64, 64), 0.7,
                YoloDecoder.ClassesPerBox.EVERY));
    }

    static void assertBox(Box expected, Box actual) {
        assertEquals(expected.x1(), actual.x1(), EPS, "x1");
        assertEquals(expected.y1(), actual.y1(), EPS, "y1");
        assertEquals(expected.x2(), actual.x2(), EPS, "x2");
        assertEquals(expected.y2(), actual.y2(), EPS, "y2");
    }
}
