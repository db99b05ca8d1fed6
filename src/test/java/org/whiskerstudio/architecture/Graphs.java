package org.whiskerstudio.architecture;

import java.util.ArrayList;
import java.util.List;

/** Small graphs for tests: a chain from an input through the given specs, ids "l1", "l2", ... */
public final class Graphs {
    private Graphs() {
    }

    public static LayerGraph chain(TensorShape input, LayerSpec... specs) {
        List<LayerNode> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        nodes.add(new LayerNode("in", "Input", new LayerSpec.Input(input)));
        String previous = "in";
        for (int i = 0; i < specs.length; i++) {
            String id = "l" + (i + 1);
            nodes.add(new LayerNode(id, specs[i].kind(), specs[i]));
            edges.add(new Edge(previous, id));
            previous = id;
        }
        return new LayerGraph(nodes, edges);
    }

    public static LayerNode node(String id, LayerSpec spec) {
        return new LayerNode(id, id, spec);
    }

    public static LayerSpec.Output softmax(int classes) {
        return new LayerSpec.Output(classes, LayerSpec.OutputKind.SOFTMAX_CLASSIFICATION);
    }

    /** in -> conv a -> conv b -> add(a, b) -> concat(add, conv c from a) -> pool -> dense -> output. */
    public static LayerGraph residualWithConcat() {
        return new LayerGraph(List.of(
                node("in", new LayerSpec.Input(new TensorShape.Image(8, 8, 2))),
                node("a", new LayerSpec.Conv2D(4, 3, 1, LayerSpec.Padding.SAME, Activation.RELU)),
                node("b", new LayerSpec.Conv2D(4, 3, 1, LayerSpec.Padding.SAME, Activation.IDENTITY)),
                node("add", new LayerSpec.Merge(LayerSpec.MergeKind.ADD)),
                node("c", new LayerSpec.Conv2D(3, 1, 1, LayerSpec.Padding.VALID, Activation.RELU)),
                node("cat", new LayerSpec.Merge(LayerSpec.MergeKind.CONCAT)),
                node("pool", new LayerSpec.Pooling2D(LayerSpec.PoolType.MAX, 2, 2)),
                node("dense", new LayerSpec.Dense(6, Activation.RELU)),
                node("out", softmax(3))),
                List.of(new Edge("in", "a"), new Edge("a", "b"), new Edge("a", "add"), new Edge("b", "add"),
                        new Edge("a", "c"), new Edge("add", "cat"), new Edge("c", "cat"), new Edge("cat", "pool"),
                        new Edge("pool", "dense"), new Edge("dense", "out")));
    }

}
