package org.whiskerstudio.detection.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.deeplearning4j.nn.layers.objdetect.DetectedObject;
import org.deeplearning4j.nn.layers.objdetect.YoloUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.architecture.dl4j.Dl4jRuntime;
import org.whiskerstudio.detection.BoxSize;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.detection.GroundTruth;
import org.whiskerstudio.detection.Letterbox;
import org.whiskerstudio.detection.YoloGrid;
import org.whiskerstudio.labelling.Shape.Box;

/** The label tensor's shape and values, and our decoding against DL4J's own {@code YoloUtils}. */
@Tag("engine")
class YoloDl4jTest {
    private static final double EPS = 1e-5;

    @BeforeAll
    static void engine() {
        Dl4jRuntime.configure();
    }

    @Test
    void labelsAreExamplesByCornersAndClassesByGrid() {
        // Input 64 px, 4 x 4 grid (cells of 16), 2 classes. Example 0: (8, 8)-(24, 40), centre (16, 24) -> cell (1, 1),
        // corners / 16 = 0.5, 0.5, 1.5, 2.5, class 1. Example 1: no boxes.
        YoloGrid grid = new YoloGrid(64, 4, 2);
        INDArray labels = YoloLabels.of(grid, List.of(List.of(new GroundTruth(1, new Box(8, 8, 24, 40))), List.of()));
        assertArrayEquals(new long[] {2, 6, 4, 4}, labels.shape());
        assertEquals(0.5, labels.getDouble(0, 0, 1, 1), EPS);
        assertEquals(0.5, labels.getDouble(0, 1, 1, 1), EPS);
        assertEquals(1.5, labels.getDouble(0, 2, 1, 1), EPS);
        assertEquals(2.5, labels.getDouble(0, 3, 1, 1), EPS);
        assertEquals(0, labels.getDouble(0, 4, 1, 1), EPS);
        assertEquals(1, labels.getDouble(0, 5, 1, 1), EPS);
        assertEquals(1 + 0.5 + 0.5 + 1.5 + 2.5, labels.sumNumber().doubleValue(), EPS);
    }

    @Test
    void decodingAgreesWithYoloUtils() {
        // 2 anchors, 2 classes, 3 x 3 grid over 96 px (cells of 32): per anchor 7 channels. Both boxes lie inside
        // the input, so our clipping to the image changes nothing.
        YoloGrid grid = new YoloGrid(96, 3, 2);
        INDArray output = Nd4j.zeros(1, 14, 3, 3);
        // Anchor 0 at row 2, column 0: x 0.8, y 0.6, 1.2 x 0.7 cells, confidence 0.9, classes 0.8 / 0.2.
        put(output, 0, 2, 0, 0.8, 0.6, 1.2, 0.7, 0.9, 0.8, 0.2);
        // Anchor 1 at row 0, column 1: x 0.5, y 0.5, 2 x 1 cells, confidence 0.7, classes 0.1 / 0.9.
        put(output, 7, 0, 1, 0.5, 0.5, 2.0, 1.0, 0.7, 0.1, 0.9);
        INDArray priors = YoloHead.priors(List.of(new BoxSize(1, 1), new BoxSize(2, 1)));
        List<DetectedObject> theirs = YoloUtils.getPredictedObjects(priors, output, 0.5, 0);
        List<Detection> ours = YoloOutputs.decode(output, grid, 2, List.of(new Letterbox(96, 96, 96)), 0.1).get(0);
        assertEquals(2, theirs.size());
        assertEquals(2, ours.size());
        for (DetectedObject object : theirs) {
            Detection match = ours.stream().filter(d -> Math.abs(d.box().x1() / 32 - object.getTopLeftXY()[0]) < EPS)
                    .findFirst().orElseThrow();
            assertEquals(object.getTopLeftXY()[1], match.box().y1() / 32, EPS);
            assertEquals(object.getBottomRightXY()[0], match.box().x2() / 32, EPS);
            assertEquals(object.getBottomRightXY()[1], match.box().y2() / 32, EPS);
            assertEquals(object.getPredictedClass(), match.classIndex());
            // Our score is the confidence times the best class's probability.
            assertEquals(object.getConfidence() * object.getClassPredictions().maxNumber().doubleValue(),
                    match.score(), EPS);
        }
    }

    private static void put(INDArray output, int base, int row, int column, double... values) {
        for (int k = 0; k < values.length; k++) {
            output.putScalar(new long[] {0, base + k, row, column}, values[k]);
        }
    }
}
