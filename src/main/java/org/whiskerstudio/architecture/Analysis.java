package org.whiskerstudio.architecture;

import java.util.List;
import java.util.Optional;

/** Shapes, costs and mistakes of a graph, as the editor shows them and training checks them. */
public record Analysis(List<LayerReport> layers, List<Issue> issues) {
    public Analysis {
        layers = List.copyOf(layers);
        issues = List.copyOf(issues);
    }

    /** True when there is nothing wrong: DL4J will build this graph. */
    public boolean ok() {
        return issues.isEmpty();
    }

    public Optional<LayerReport> report(String nodeId) {
        return layers.stream().filter(r -> r.nodeId().equals(nodeId)).findFirst();
    }

    public List<Issue> issuesAt(String nodeId) {
        return issues.stream().filter(i -> i.nodeId().equals(nodeId)).toList();
    }

    public long totalParams() {
        return layers.stream().mapToLong(LayerReport::params).sum();
    }

    public long totalMacs() {
        return layers.stream().mapToLong(LayerReport::macs).sum();
    }

    /**
     * A rough training-memory estimate in bytes for a batch: parameters with their gradients and Adam state
     * (4 copies), plus activations kept for the backward pass and their gradients (2 copies), all float32.
     */
    public long trainingBytes(int batch) {
        long activations = layers.stream().mapToLong(LayerReport::activations).sum();
        return 4L * (4 * totalParams() + 2L * activations * batch);
    }
}
