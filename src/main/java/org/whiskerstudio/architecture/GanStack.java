package org.whiskerstudio.architecture;

import java.util.ArrayList;
import java.util.List;

/**
 * The chain a GAN's generator learns through: its layers followed by the discriminator's (without the
 * discriminator's input), so noise goes in and "real or fake" comes out. Both parts must be chains.
 */
public final class GanStack {
    private GanStack() {
    }

    public static LayerGraph of(Architecture gan) {
        LayerGraph discriminator = gan.discriminator()
                .orElseThrow(() -> new IllegalArgumentException("\"" + gan.name() + "\" is not a GAN"));
        List<LayerNode> generator = chain(gan.network());
        GraphBuilder builder = new GraphBuilder(((LayerSpec.Input) generator.get(0).spec()).shape());
        for (LayerNode node : generator.subList(1, generator.size())) {
            builder.then(node.spec());
        }
        List<LayerNode> judge = chain(discriminator);
        for (LayerNode node : judge.subList(1, judge.size())) {
            builder.then(node.spec());
        }
        return builder.build();
    }

    /** The nodes of a chain from its input to its end. */
    static List<LayerNode> chain(LayerGraph graph) {
        LayerNode input = graph.nodes().stream().filter(n -> n.spec() instanceof LayerSpec.Input).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the graph has no input"));
        List<LayerNode> order = new ArrayList<>(List.of(input));
        LayerNode at = input;
        while (true) {
            List<LayerNode> next = graph.outputsOf(at.id());
            if (next.isEmpty()) {
                return order;
            }
            if (next.size() > 1 || graph.inputsOf(next.get(0).id()).size() > 1) {
                throw new IllegalArgumentException("a GAN's generator and discriminator must be chains (no branches)");
            }
            at = next.get(0);
            order.add(at);
        }
    }
}
