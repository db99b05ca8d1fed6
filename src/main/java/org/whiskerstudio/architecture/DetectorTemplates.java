package org.whiskerstudio.architecture;

import java.util.List;
import org.whiskerstudio.architecture.LayerSpec.Conv2D;
import org.whiskerstudio.architecture.LayerSpec.Padding;
import org.whiskerstudio.architecture.LayerSpec.YoloHead.Anchor;

/**
 * A small YOLOv2-style detector that trains from scratch on two cores: a 128-pixel square input (images are
 * letterboxed to it), five convolutions each with batch norm and leaky ReLU reducing it 16 times (a grid of
 * 8 x 8 cells; {@link #PATCH}), a 1x1 convolution making each cell's boxes, and the {@link LayerSpec.YoloHead}.
 * About 0.28 M parameters and 27 M multiply-adds per image, nearly all of them on grids of 16 and 8 cells, where
 * they cost little time: on two cores a training step's time goes to the layers at high resolution, not to the
 * multiply-adds.
 */
public final class DetectorTemplates {
    /** The template's input side in pixels. */
    public static final int INPUT = 128;
    /** Anchors fitted to a project with enough boxes. */
    public static final int ANCHORS = 5;
    /**
     * Anchors in grid cells for a project without boxes yet: a small, a middle and a large square, and a tall and a
     * wide box (refitted to the boxes when the template is made again after labelling).
     */
    public static final List<Anchor> DEFAULT_ANCHORS = List.of(new Anchor(1, 1), new Anchor(2, 2),
            new Anchor(1.5, 3), new Anchor(3, 1.5), new Anchor(4, 4));

    /**
     * One convolution of the trunk (batch norm and leaky ReLU after it): its filters, kernel side and stride, and
     * whether a 2x2 max pool follows.
     */
    public record Step(int filters, int kernel, int stride, boolean pool) {
        /** How much smaller its output is than its input. */
        int reduction() {
            return stride * (pool ? 2 : 1);
        }
    }

    /** The first template's trunk: five convolutions at stride 1, the first four each followed by a max pool. */
    public static final List<Step> POOLED = List.of(new Step(8, 3, 1, true), new Step(16, 3, 1, true),
            new Step(32, 3, 1, true), new Step(64, 3, 1, true), new Step(128, 3, 1, false));

    /**
     * The template's trunk: a 4x4 stride-4 convolution (a patch stem: each 4x4 patch of pixels becomes 16 numbers) so
     * nothing runs at full resolution, then two 3x3 convolutions at 16 x 16 and two at 8 x 8 (the first of each pair
     * at stride 2). Measured at batch 32 (bench detect --layer-times), the first template's full-resolution layers
     * (conv, batch norm, activation and pool at 128 and 64 pixels) took about 90% of a training step; this trunk
     * trains several times faster per image with more filters where the grid is small.
     */
    public static final List<Step> PATCH = List.of(new Step(16, 4, 4, false), new Step(64, 3, 2, false),
            new Step(64, 3, 1, false), new Step(128, 3, 2, false), new Step(128, 3, 1, false));

    private static final List<Step> TRUNK = PATCH;

    private DetectorTemplates() {
    }

    /** The detector for images of {@code channels} (1 or 3) and {@code classes} classes over these anchors. */
    public static LayerGraph yolo(int channels, int classes, List<Anchor> anchors) {
        return yolo(channels, classes, anchors, TRUNK);
    }

    /** The same head on another trunk (the benchmark compares trunks with it). */
    public static LayerGraph yolo(int channels, int classes, List<Anchor> anchors, List<Step> trunk) {
        return yolo(channels, trunk, new LayerSpec.YoloHead(classes, anchors));
    }

    /** A trunk under {@code head} (the benchmark tries the head's settings with it). */
    public static LayerGraph yolo(int channels, List<Step> trunk, LayerSpec.YoloHead head) {
        GraphBuilder graph = new GraphBuilder(new TensorShape.Image(INPUT, INPUT, channels));
        for (Step step : trunk) {
            graph.then(new Conv2D(step.filters(), step.kernel(), step.stride(), Padding.SAME, Activation.IDENTITY))
                    .then(new LayerSpec.BatchNorm())
                    .then(new LayerSpec.ActivationLayer(Activation.LEAKY_RELU));
            if (step.pool()) {
                graph.then(new LayerSpec.Pooling2D(LayerSpec.PoolType.MAX, 2, 2));
            }
        }
        return graph.then(new Conv2D(head.channels(), 1, 1, Padding.SAME, Activation.IDENTITY))
                .then(head)
                .build();
    }

    /** The template's grid: cells a side. */
    public static int grid() {
        return grid(TRUNK);
    }

    /** The template's trunk. */
    public static List<Step> trunk() {
        return TRUNK;
    }

    /** The grid a trunk makes of the input. */
    public static int grid(List<Step> trunk) {
        return INPUT / trunk.stream().mapToInt(Step::reduction).reduce(1, (a, b) -> a * b);
    }
}
