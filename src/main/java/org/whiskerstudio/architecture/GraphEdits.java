package org.whiskerstudio.architecture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Edits of a graph, as pure functions returning a new graph (the editor keeps old ones for undo). Insert and
 * delete keep a chain connected: inserting after a node splices the new node into its outgoing edges; deleting
 * a node joins its inputs to its outputs.
 */
public final class GraphEdits {
    private GraphEdits() {
    }

    /** A fresh id not used in the graph: "conv2d_3". */
    public static String freshId(LayerGraph graph, LayerSpec spec) {
        String base = spec.kind().toLowerCase(Locale.ROOT);
        Set<String> used = new HashSet<>();
        graph.nodes().forEach(n -> used.add(n.id()));
        for (int i = 1; ; i++) {
            String id = base + "_" + i;
            if (!used.contains(id)) {
                return id;
            }
        }
    }

    /**
     * Adds a node after {@code afterId} (taking over its outgoing edges), or, with nothing selected, at the end
     * of the chain: after the last node that feeds nothing, or just before it when that is the Output.
     */
    public static LayerGraph insertAfter(LayerGraph graph, Optional<String> afterId, LayerNode node) {
        List<LayerNode> nodes = new ArrayList<>(graph.nodes());
        List<Edge> edges = new ArrayList<>(graph.edges());
        Optional<String> anchor = afterId.filter(id -> graph.node(id).isPresent()).or(() -> endOfChain(graph));
        int at = anchor.map(id -> indexOf(nodes, id) + 1).orElse(nodes.size());
        nodes.add(at, node);
        anchor.ifPresent(a -> {
            List<Edge> out = edges.stream().filter(e -> e.from().equals(a)).toList();
            edges.removeAll(out);
            out.forEach(e -> edges.add(new Edge(node.id(), e.to())));
            edges.add(new Edge(a, node.id()));
        });
        return new LayerGraph(nodes, edges);
    }

    /** Removes a node; each of its inputs is joined to each of its outputs so a chain stays whole. */
    public static LayerGraph remove(LayerGraph graph, String id) {
        List<LayerNode> nodes = new ArrayList<>(graph.nodes());
        nodes.removeIf(n -> n.id().equals(id));
        List<Edge> edges = new ArrayList<>();
        List<String> ins = graph.edges().stream().filter(e -> e.to().equals(id)).map(Edge::from).toList();
        List<String> outs = graph.edges().stream().filter(e -> e.from().equals(id)).map(Edge::to).toList();
        graph.edges().stream().filter(e -> !e.from().equals(id) && !e.to().equals(id)).forEach(edges::add);
        for (String in : ins) {
            for (String out : outs) {
                Edge joined = new Edge(in, out);
                if (!edges.contains(joined)) {
                    edges.add(joined);
                }
            }
        }
        return new LayerGraph(nodes, edges);
    }

    /** Swaps a chain node with the one before it (up) or after it (down); unchanged when that is not a chain step. */
    public static LayerGraph move(LayerGraph graph, String id, boolean up) {
        List<LayerNode> before = graph.inputsOf(id);
        List<LayerNode> after = graph.outputsOf(id);
        Optional<LayerNode> other = up ? single(before) : single(after);
        if (other.isEmpty()) {
            return graph;
        }
        String a = up ? other.get().id() : id;
        String b = up ? id : other.get().id();
        // a -> b becomes b -> a, with a's inputs now feeding b and b's outputs now fed by a.
        if (graph.inputsOf(b).size() != 1 || graph.outputsOf(a).size() != 1
                || graph.node(a).orElseThrow().spec() instanceof LayerSpec.Input) {
            return graph;
        }
        List<Edge> edges = new ArrayList<>();
        for (Edge e : graph.edges()) {
            if (e.from().equals(a) && e.to().equals(b)) {
                edges.add(new Edge(b, a));
            } else if (e.to().equals(a)) {
                edges.add(new Edge(e.from(), b));
            } else if (e.from().equals(b)) {
                edges.add(new Edge(a, e.to()));
            } else {
                edges.add(e);
            }
        }
        List<LayerNode> nodes = new ArrayList<>(graph.nodes());
        int ia = indexOf(nodes, a);
        int ib = indexOf(nodes, b);
        LayerNode na = nodes.get(ia);
        nodes.set(ia, nodes.get(ib));
        nodes.set(ib, na);
        return new LayerGraph(nodes, edges);
    }

    public static LayerGraph connect(LayerGraph graph, String from, String to) {
        Edge edge = new Edge(from, to);
        if (from.equals(to) || graph.edges().contains(edge)) {
            return graph;
        }
        List<Edge> edges = new ArrayList<>(graph.edges());
        edges.add(edge);
        return new LayerGraph(graph.nodes(), edges);
    }

    public static LayerGraph disconnect(LayerGraph graph, String from, String to) {
        List<Edge> edges = new ArrayList<>(graph.edges());
        edges.remove(new Edge(from, to));
        return new LayerGraph(graph.nodes(), edges);
    }

    public static LayerGraph replace(LayerGraph graph, String id, LayerSpec spec) {
        return map(graph, id, n -> new LayerNode(n.id(), n.name(), spec));
    }

    public static LayerGraph rename(LayerGraph graph, String id, String name) {
        return map(graph, id, n -> new LayerNode(n.id(), name.strip(), n.spec()));
    }

    private static LayerGraph map(LayerGraph graph, String id, UnaryOperator<LayerNode> change) {
        return new LayerGraph(graph.nodes().stream().map(n -> n.id().equals(id) ? change.apply(n) : n).toList(), graph.edges());
    }

    private static Optional<String> endOfChain(LayerGraph graph) {
        Optional<String> last = lastNode(graph);
        if (last.isPresent() && graph.node(last.get()).orElseThrow().spec() instanceof LayerSpec.Output) {
            List<LayerNode> before = graph.inputsOf(last.get());
            if (before.size() == 1) {
                return Optional.of(before.get(0).id());
            }
        }
        return last;
    }

    private static Optional<String> lastNode(LayerGraph graph) {
        for (int i = graph.nodes().size() - 1; i >= 0; i--) {
            String id = graph.nodes().get(i).id();
            if (graph.edges().stream().noneMatch(e -> e.from().equals(id))) {
                return Optional.of(id);
            }
        }
        return graph.nodes().isEmpty() ? Optional.empty() : Optional.of(graph.nodes().get(graph.nodes().size() - 1).id());
    }

    private static Optional<LayerNode> single(List<LayerNode> nodes) {
        return nodes.size() == 1 ? Optional.of(nodes.get(0)) : Optional.empty();
    }

    private static int indexOf(List<LayerNode> nodes, String id) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
