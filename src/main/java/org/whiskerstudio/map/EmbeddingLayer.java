package org.whiskerstudio.map;

import java.util.List;
import java.util.Optional;
import org.whiskerstudio.architecture.Autoencoder;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerNode;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.ModelKind;

/**
 * Which layer of a run is its embedding, the one place that decides it per model kind: a classifier's is the layer
 * that feeds its output layer (what the output separates linearly). An autoencoder's is its bottleneck, the code it
 * learned without labels. A new kind says its own here; the switch has no default so the compiler asks.
 */
public final class EmbeddingLayer {
    private EmbeddingLayer() {
    }

    /** The graph node id of the embedding layer, or empty when the kind has none worth mapping. */
    public static Optional<String> of(ModelKind kind, LayerGraph graph) {
        return switch (kind) {
            case CLASSIFIER -> feedingOutput(graph);
            case AUTOENCODER -> Autoencoder.of(graph).map(Autoencoder::bottleneck);
            case GAN, CHARACTER_MODEL, DETECTOR, AGENT -> Optional.empty();
        };
    }

    private static Optional<String> feedingOutput(LayerGraph graph) {
        List<LayerNode> outputs = graph.nodes().stream().filter(n -> graph.outputsOf(n.id()).isEmpty()).toList();
        if (outputs.size() != 1) {
            return Optional.empty();
        }
        List<LayerNode> feeding = graph.inputsOf(outputs.get(0).id());
        // A reshape only rearranges the values of the layer before it, which is the layer to read.
        while (feeding.size() == 1 && feeding.get(0).spec() instanceof LayerSpec.Reshape) {
            feeding = graph.inputsOf(feeding.get(0).id());
        }
        if (feeding.size() != 1) {
            return Optional.empty();
        }
        LayerSpec spec = feeding.get(0).spec();
        return spec instanceof LayerSpec.Input || spec instanceof LayerSpec.Merge
                ? Optional.empty() : Optional.of(feeding.get(0).id());
    }
}
