package org.whiskerstudio.architecture;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A network that learns to give back its own input (it ends in a {@link LayerSpec.Reconstruction}): it needs no
 * labels, and how badly it rebuilds an example is that example's anomaly score.
 *
 * @param input      the input shape, which the reconstruction must match number for number
 * @param bottleneck the id of the narrowest layer between input and reconstruction: the code the input is squeezed
 *                   through, which is the autoencoder's embedding of an example
 * @param flat       whether the reconstruction arrives as a flat vector of the input's numbers (a Dense decoder of
 *                   an image or a sequence), so the input is flattened to be compared with it
 */
public record Autoencoder(TensorShape input, String bottleneck, boolean flat) {

    /** The graph's autoencoder shape when it ends in a Reconstruction and its shapes are known. */
    public static Optional<Autoencoder> of(LayerGraph graph) {
        if (!ends(graph)) {
            return Optional.empty();
        }
        Optional<TensorShape> input = graph.inputShape();
        Analysis analysis = ShapeInference.analyse(graph);
        List<LayerReport> inside = analysis.layers().stream()
                .filter(r -> graph.node(r.nodeId()).map(n -> !(n.spec() instanceof LayerSpec.Input)
                        && !(n.spec() instanceof LayerSpec.Reconstruction)).orElse(false))
                .toList();
        boolean flat = analysis.layers().stream().filter(r -> graph.node(r.nodeId())
                        .map(n -> n.spec() instanceof LayerSpec.Reconstruction).orElse(false))
                .anyMatch(r -> r.output() instanceof TensorShape.Vector);
        return input.flatMap(shape -> inside.stream().min(Comparator.comparingLong(LayerReport::activations))
                .map(narrowest -> new Autoencoder(shape, narrowest.nodeId(),
                        flat && !(shape instanceof TensorShape.Vector))));
    }

    /** Whether the graph ends in a Reconstruction (the cheap question: no shape inference). */
    public static boolean ends(LayerGraph graph) {
        return graph.nodes().stream().anyMatch(n -> n.spec() instanceof LayerSpec.Reconstruction
                || n.spec() instanceof LayerSpec.Variational);
    }

    /** Whether it is a variational autoencoder: it learns by its own ELBO (and its code is the code's mean). */
    public static boolean variational(LayerGraph graph) {
        return graph.nodes().stream().anyMatch(n -> n.spec() instanceof LayerSpec.Variational);
    }
}
