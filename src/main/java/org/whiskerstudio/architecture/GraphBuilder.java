package org.whiskerstudio.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a chain of layers with ids derived from their kinds ("conv1", "conv2", "dense1"): templates use it, and
 * benchmarks and tests that need a network of their own.
 */
public final class GraphBuilder {
    private final List<LayerNode> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    public GraphBuilder(TensorShape input) {
        nodes.add(new LayerNode("input", "Input", new LayerSpec.Input(input)));
    }

    public GraphBuilder then(LayerSpec spec) {
        String base = spec.kind().toLowerCase(Locale.ROOT);
        long same = nodes.stream().filter(n -> n.spec().kind().equals(spec.kind())).count();
        String id = base + (same + 1);
        edges.add(new Edge(nodes.get(nodes.size() - 1).id(), id));
        nodes.add(new LayerNode(id, spec.kind() + " " + (same + 1), spec));
        return this;
    }

    public LayerGraph build() {
        return new LayerGraph(nodes, edges);
    }
}
