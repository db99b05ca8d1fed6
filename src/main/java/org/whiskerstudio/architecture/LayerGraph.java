package org.whiskerstudio.architecture;

import java.util.List;
import java.util.Optional;

/**
 * A network: nodes and the edges between them, a directed acyclic graph with exactly one {@link LayerSpec.Input}.
 * A plain chain becomes a DL4J MultiLayerNetwork; anything with branches (merge/add) a ComputationGraph.
 */
public record LayerGraph(List<LayerNode> nodes, List<Edge> edges) {
    public LayerGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public Optional<LayerNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public List<LayerNode> inputsOf(String id) {
        return edges.stream().filter(e -> e.to().equals(id)).map(e -> node(e.from()).orElseThrow()).toList();
    }

    /** The shape its {@link LayerSpec.Input} takes; empty for a graph being edited that has lost its input. */
    public Optional<TensorShape> inputShape() {
        return nodes.stream().map(LayerNode::spec).filter(s -> s instanceof LayerSpec.Input)
                .map(s -> ((LayerSpec.Input) s).shape()).findFirst();
    }

    public List<LayerNode> outputsOf(String id) {
        return edges.stream().filter(e -> e.from().equals(id)).map(e -> node(e.to()).orElseThrow()).toList();
    }
}
