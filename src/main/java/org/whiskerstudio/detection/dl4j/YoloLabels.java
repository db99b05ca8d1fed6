package org.whiskerstudio.detection.dl4j;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.detection.GroundTruth;
import org.whiskerstudio.detection.YoloGrid;
import org.whiskerstudio.detection.YoloTargets;

/** A minibatch's labels for {@code Yolo2OutputLayer}: [examples, 4 + classes, grid, grid], as {@link YoloTargets}. */
public final class YoloLabels {
    private YoloLabels() {
    }

    /** One list of letterboxed boxes (input pixels) per example. */
    public static INDArray of(YoloGrid grid, List<List<GroundTruth>> inputBoxes) {
        int perExample = grid.labelChannels() * grid.grid() * grid.grid();
        float[] flat = new float[inputBoxes.size() * perExample];
        for (int i = 0; i < inputBoxes.size(); i++) {
            System.arraycopy(YoloTargets.of(grid, inputBoxes.get(i)), 0, flat, i * perExample, perExample);
        }
        return Nd4j.create(flat, new long[] {inputBoxes.size(), grid.labelChannels(), grid.grid(), grid.grid()}, 'c');
    }
}
