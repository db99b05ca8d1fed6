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
}
