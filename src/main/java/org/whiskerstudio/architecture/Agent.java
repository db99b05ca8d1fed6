package org.whiskerstudio.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A network that values actions (it ends in a {@link LayerSpec.QValues}): the environment it is made for and the
 * Dense layers between one observation and the values, which is what the DQN builds its online and target networks
 * from.
 *
 * @param environment what it acts in: the input is one observation of it, the head one value per action
 * @param hidden      the Dense layers from the input to the head, in order
 */
public record Agent(AgentEnvironment environment, List<LayerSpec.Dense> hidden) {
    public Agent {
        hidden = List.copyOf(hidden);
    }

    /** The graph's agent when it ends in Q-values and checks clean (one observation in, Dense layers only). */
    public static Optional<Agent> of(LayerGraph graph) {
        Optional<LayerSpec.QValues> head = head(graph);
        if (head.isEmpty() || !ShapeInference.analyse(graph).issues().isEmpty()) {
            return Optional.empty();
        }
        List<LayerSpec.Dense> hidden = new ArrayList<>();
        for (String id : GraphOrder.of(graph).order()) {
            if (graph.node(id).orElseThrow().spec() instanceof LayerSpec.Dense dense) {
                hidden.add(dense);
            }
        }
        return Optional.of(new Agent(head.get().environment(), hidden));
    }

    /** Whether the graph ends in Q-values (the cheap question: no shape inference). */
    public static boolean ends(LayerGraph graph) {
        return head(graph).isPresent();
    }

    /** The environment a graph ending in Q-values is made for. */
    public static Optional<AgentEnvironment> environmentOf(LayerGraph graph) {
        return head(graph).map(LayerSpec.QValues::environment);
    }

    private static Optional<LayerSpec.QValues> head(LayerGraph graph) {
        return graph.nodes().stream().filter(n -> n.spec() instanceof LayerSpec.QValues)
                .map(n -> (LayerSpec.QValues) n.spec()).findFirst();
    }
}
