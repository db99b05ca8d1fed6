package org.whiskerstudio.detection.dl4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.detection.Letterbox;
import org.whiskerstudio.detection.YoloDecoder;
import org.whiskerstudio.detection.YoloGrid;

/**
 * A minibatch of activated {@code Yolo2OutputLayer} output ([examples, anchors * (5 + classes), grid, grid], what
 * the network's output gives) decoded into each example's detections in image pixels, by {@link YoloDecoder}.
 */
public final class YoloOutputs {
    private YoloOutputs() {
    }

    /** One list per example, before non-maximum suppression; {@code letterboxes} has one entry per example. */
    public static List<List<Detection>> decode(INDArray activated, YoloGrid grid, int anchors,
                                               List<Letterbox> letterboxes, double minScore) {
        float[][] rows = rows(activated, grid, anchors, letterboxes.size());
        List<List<Detection>> detections = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            detections.add(YoloDecoder.decode(rows[i], grid, anchors, letterboxes.get(i), minScore));
        }
        return detections;
    }

    /** Each of {@code examples} examples' output as the flat row {@link YoloDecoder} reads; checks the shape. */
    public static float[][] rows(INDArray activated, YoloGrid grid, int anchors, int examples) {
        long[] shape = activated.shape();
        long[] expected = {examples, grid.outputChannels(anchors), grid.grid(), grid.grid()};
        if (!Arrays.equals(shape, expected)) {
            throw new IllegalArgumentException("expected an output of shape " + Arrays.toString(expected) + ", got "
                    + Arrays.toString(shape));
        }
        float[] all = activated.dup('c').data().asFloat();
        int perExample = all.length / examples;
        float[][] rows = new float[examples][];
        for (int i = 0; i < examples; i++) {
            rows[i] = Arrays.copyOfRange(all, i * perExample, (i + 1) * perExample);
        }
        return rows;
    }
}
