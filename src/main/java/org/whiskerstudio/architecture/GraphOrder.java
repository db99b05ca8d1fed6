package org.whiskerstudio.architecture;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The structure of a graph before any shape: one input, known edge ends, no loops, every layer reachable from the
 * input. Works on ids only, so a broken graph never throws (LayerGraph.inputsOf would on a dangling edge).
 */
final class GraphOrder {
    private final LayerGraph graph;
    private final Map<String, LayerNode> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> inputs = new HashMap<>();
    private final Map<String, List<String>> outputs = new HashMap<>();
    private final List<Issue> issues = new ArrayList<>();
    private final List<String> order = new ArrayList<>();
    private Optional<String> input = Optional.empty();

    private GraphOrder(LayerGraph graph) {
        this.graph = graph;
    }

    /** Checks the structure; {@link #order()} then lists the nodes that can be analysed, inputs first. */
    static GraphOrder of(LayerGraph graph) {
        GraphOrder order = new GraphOrder(graph);
        order.index();
        order.findInput();
        order.sort();
        order.checkReachable();
        return order;
    }

    List<Issue> issues() {
        return issues;
    }

    List<String> order() {
        return order;
    }

    LayerNode node(String id) {
        return byId.get(id);
    }

    List<String> inputsOf(String id) {
        return inputs.getOrDefault(id, List.of());
    }

    List<String> outputsOf(String id) {
        return outputs.getOrDefault(id, List.of());
    }

    Optional<String> input() {
        return input;
    }

    private void index() {
        for (LayerNode node : graph.nodes()) {
            if (byId.putIfAbsent(node.id(), node) != null) {
                issues.add(new Issue(node.id(), "Two layers share the id '" + node.id() + "': ids must be unique"));
            }
        }
        for (Edge edge : graph.edges()) {
            if (!byId.containsKey(edge.from()) || !byId.containsKey(edge.to())) {
                String missing = byId.containsKey(edge.from()) ? edge.to() : edge.from();
                issues.add(new Issue("", "A connection refers to a layer that does not exist: '" + missing + "'"));
                continue;
            }
            inputs.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge.from());
            outputs.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
        }
    }

    private void findInput() {
        List<String> inputIds = byId.values().stream()
                .filter(n -> n.spec() instanceof LayerSpec.Input).map(LayerNode::id).toList();
        if (inputIds.isEmpty()) {
            issues.add(new Issue("", "The network has no Input layer: add one at the start"));
            return;
        }
        input = Optional.of(inputIds.get(0));
        for (String extra : inputIds.subList(1, inputIds.size())) {
            issues.add(new Issue(extra, "The network has more than one Input layer: keep one and remove this one"));
        }
        for (String id : inputIds) {
            if (!inputsOf(id).isEmpty()) {
                issues.add(new Issue(id, "The Input layer cannot receive connections: remove the ones into it"));
            }
        }
    }

    /** Kahn's algorithm; what is left over sits on a loop or after one. */
    private void sort() {
        Map<String, Integer> remaining = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        for (String id : byId.keySet()) {
            remaining.put(id, inputsOf(id).size());
            if (inputsOf(id).isEmpty()) {
                ready.add(id);
            }
        }
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (String next : outputsOf(id)) {
                if (remaining.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        if (order.size() < byId.size()) {
            Set<String> left = new HashSet<>(byId.keySet());
            order.forEach(left::remove);
            reportLoops(left);
        }
    }

    /** Peels off the layers that merely follow a loop, so the message lands on the loop itself. */
    private void reportLoops(Set<String> left) {
        boolean peeled = true;
        while (peeled) {
            peeled = left.removeIf(id -> outputsOf(id).stream().noneMatch(left::contains));
        }
        byId.keySet().stream().filter(left::contains).forEach(id -> issues.add(new Issue(id,
                "This layer is part of a loop: connections must only go forward, from the input to the output")));
    }

    private void checkReachable() {
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        input.ifPresent(todo::add);
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (reached.add(id)) {
                todo.addAll(outputsOf(id));
            }
        }
        for (String id : List.copyOf(order)) {
            if (input.isPresent() && !reached.contains(id) && !(byId.get(id).spec() instanceof LayerSpec.Input)) {
                issues.add(new Issue(id, "This layer is not connected to the input: connect it or remove it"));
            }
        }
        order.removeIf(id -> !reached.contains(id));
    }
}
