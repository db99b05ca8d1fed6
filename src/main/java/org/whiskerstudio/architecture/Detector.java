package org.whiskerstudio.architecture;

import java.util.List;
import java.util.Optional;

/**
 * A network that finds boxes (it ends in a {@link LayerSpec.YoloHead}): its square input, the grid its head sees and
 * the head's anchors and classes, which training, decoding and bundles need.
 *
 * @param input the image input (square: images are letterboxed to it)
 * @param grid  cells a side of the head's grid (the input's side over the backbone's total stride)
 * @param head  the head, with its classes, anchors in grid cells and loss weights
 */
public record Detector(TensorShape.Image input, int grid, LayerSpec.YoloHead head) {

    /** The graph's detector shape when it ends in a YOLO head on a square image grid and its shapes are known. */
    public static Optional<Detector> of(LayerGraph graph) {
        Optional<LayerNode> headNode = graph.nodes().stream()
                .filter(n -> n.spec() instanceof LayerSpec.YoloHead).findFirst();
        if (headNode.isEmpty() || !(graph.inputShape().orElse(null) instanceof TensorShape.Image image)) {
            return Optional.empty();
        }
        Analysis analysis = ShapeInference.analyse(graph);
        return analysis.report(headNode.get().id())
                .filter(r -> r.output() instanceof TensorShape.Image out && out.height() == out.width()
                        && image.height() == image.width())
                .map(r -> new Detector(image, ((TensorShape.Image) r.output()).height(),
                        (LayerSpec.YoloHead) headNode.get().spec()));
    }

    /** Whether the graph ends in a YOLO head (the cheap question: no shape inference). */
    public static boolean ends(LayerGraph graph) {
        return graph.nodes().stream().anyMatch(n -> n.spec() instanceof LayerSpec.YoloHead);
    }

    /** The input's side in pixels. */
    public int inputSize() {
        return input.height();
    }

    public int classes() {
        return head.classes();
    }

    public List<LayerSpec.YoloHead.Anchor> anchors() {
        return head.anchorSizes();
    }
}
