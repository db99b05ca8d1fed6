package org.whiskerstudio.architecture;

import java.util.List;

/**
 * What the detector template needs of a project's boxes, measured where the labels are ({@code detection}):
 * how many classes have boxes, and anchors fitted to the boxes' sizes on the template's input.
 */
public interface DetectorBoxes {
    /** A project whose boxes are unknown: the profile's classes and the default anchors. */
    DetectorBoxes NONE = new DetectorBoxes() {
        @Override
        public int classes() {
            return 0;
        }

        @Override
        public List<LayerSpec.YoloHead.Anchor> anchors(int inputSize, int grid) {
            return DetectorTemplates.DEFAULT_ANCHORS;
        }
    };

    /** Classes with at least one box (0 when none has). */
    int classes();

    /** Anchors in grid cells for a square input of {@code inputSize} pixels and a grid of {@code grid} cells. */
    List<LayerSpec.YoloHead.Anchor> anchors(int inputSize, int grid);
}
