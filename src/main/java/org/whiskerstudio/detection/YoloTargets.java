package org.whiskerstudio.detection;

import java.util.List;
import org.whiskerstudio.labelling.Shape.Box;

/**
 * One image's label for DL4J's {@code Yolo2OutputLayer}, as a flat array laid out [4 + classes][grid][grid] (row
 * major): in the cell holding a box's centre, the box's corners x1, y1, x2, y2 in grid units and its class one-hot;
 * zero elsewhere (no object). The layer picks the anchor responsible for a box itself (the one whose prediction
 * overlaps it most). A cell holds one object: when two boxes centre in the same cell, the larger one is kept.
 */
public final class YoloTargets {
    private YoloTargets() {
    }

    /** The label of boxes already in input pixels (letterboxed). */
    public static float[] of(YoloGrid grid, List<GroundTruth> inputBoxes) {
        int cells = grid.grid() * grid.grid();
        float[] label = new float[grid.labelChannels() * cells];
        double[] keptArea = new double[cells];
        for (GroundTruth truth : inputBoxes) {
            if (truth.classIndex() >= grid.classes()) {
                throw new IllegalArgumentException("class " + truth.classIndex() + " is outside the grid's "
                        + grid.classes() + " classes");
            }
            YoloGrid.Cell cell = grid.cellOf(truth.box());
            int at = cell.y() * grid.grid() + cell.x();
            double area = Boxes.area(truth.box());
            if (keptArea[at] > 0 && keptArea[at] >= area) {
                continue;
            }
            keptArea[at] = Math.max(area, Double.MIN_VALUE);
            write(label, cells, at, grid.inGridUnits(truth.box()), truth.classIndex(), grid.classes());
        }
        return label;
    }

    private static void write(float[] label, int cells, int at, Box box, int classIndex, int classes) {
        label[at] = (float) box.x1();
        label[cells + at] = (float) box.y1();
        label[2 * cells + at] = (float) box.x2();
        label[3 * cells + at] = (float) box.y2();
        for (int k = 0; k < classes; k++) {
            label[(4 + k) * cells + at] = k == classIndex ? 1f : 0f;
        }
    }
}
