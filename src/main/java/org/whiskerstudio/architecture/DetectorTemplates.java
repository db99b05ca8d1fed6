package org.whiskerstudio.architecture;

import java.util.List;
import org.whiskerstudio.architecture.LayerSpec.Conv2D;
import org.whiskerstudio.architecture.LayerSpec.Padding;
import org.whiskerstudio.architecture.LayerSpec.YoloHead.Anchor;

/**
 * A small YOLOv2-style detector that trains from scratch on two cores: a 128-pixel square input (images are
 * letterboxed to it), five 3x3 convolutions each with batch norm and leaky ReLU, the first four each followed by a
 * stride-2 max pool (a grid of input / 16 = 8 x 8 cells), a 1x1 convolution making each cell's boxes, and the
 * {@link LayerSpec.YoloHead}. About 0.1 M parameters and 20 M multiply-adds per image: the measure (a 61k,
 * 128-pixel, 8 x 8 net) put anything much larger out of reach of a half-hour on this machine.
 */
public final class DetectorTemplates {
    /** The template's input side in pixels. */
    public static final int INPUT = 128;
    /** The backbone's total stride: the grid is the input over this. */
    public static final int STRIDE = 16;
    /** Anchors fitted to a project with enough boxes. */
    public static final int ANCHORS = 5;
    /**
     * Anchors in grid cells for a project without boxes yet: a small, a middle and a large square, and a tall and a
     * wide box (refitted to the boxes when the template is made again after labelling).
     */
    public static final List<Anchor> DEFAULT_ANCHORS = List.of(new Anchor(1, 1), new Anchor(2, 2),
            new Anchor(1.5, 3), new Anchor(3, 1.5), new Anchor(4, 4));

    private static final int[] FILTERS = {8, 16, 32, 64, 128};

    private DetectorTemplates() {
    }

    /** The detector for images of {@code channels} (1 or 3) and {@code classes} classes over these anchors. */
    public static LayerGraph yolo(int channels, int classes, List<Anchor> anchors) {
        GraphBuilder graph = new GraphBuilder(new TensorShape.Image(INPUT, INPUT, channels));
        for (int i = 0; i < FILTERS.length; i++) {
            graph.then(new Conv2D(FILTERS[i], 3, 1, Padding.SAME, Activation.IDENTITY))
                    .then(new LayerSpec.BatchNorm())
                    .then(new LayerSpec.ActivationLayer(Activation.LEAKY_RELU));
            if (i < FILTERS.length - 1) {
                graph.then(new LayerSpec.Pooling2D(LayerSpec.PoolType.MAX, 2, 2));
            }
        }
        LayerSpec.YoloHead head = new LayerSpec.YoloHead(classes, anchors);
        return graph.then(new Conv2D(head.channels(), 1, 1, Padding.SAME, Activation.IDENTITY))
                .then(head)
                .build();
    }

    /** The template's grid: cells a side. */
    public static int grid() {
        return INPUT / STRIDE;
    }
}
