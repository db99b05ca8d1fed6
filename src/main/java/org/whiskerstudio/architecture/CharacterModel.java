package org.whiskerstudio.architecture;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A network that reads a sequence of one-hot characters and predicts a character at every step: its input is a
 * sequence of {@code vocabulary} features and its Output classifies each step (DL4J's RnnOutputLayer) instead of the
 * whole sequence. Training routes such a network to the next-character trainer.
 *
 * @param steps      characters per training window (the input's steps)
 * @param vocabulary symbols the input and output carry
 */
public record CharacterModel(int steps, int vocabulary) {

    /** The graph's character-model shape when its Output gives a per-step prediction over its input's features. */
    public static Optional<CharacterModel> of(LayerGraph graph) {
        if (!(graph.inputShape().orElse(null) instanceof TensorShape.Sequence input)) {
            return Optional.empty();
        }
        List<String> outputs = graph.nodes().stream().filter(n -> n.spec() instanceof LayerSpec.Output)
                .map(LayerNode::id).toList();
        if (outputs.isEmpty()) {
            return Optional.empty();
        }
        Analysis analysis = ShapeInference.analyse(graph);
        boolean perStep = outputs.stream().allMatch(id -> analysis.report(id)
                .map(r -> r.output() instanceof TensorShape.Sequence).orElse(false));
        return perStep ? Optional.of(new CharacterModel(input.steps(), input.features())) : Optional.empty();
    }

    /** The mistakes that keep {@code graph} from training as a model of {@code vocabulary} characters. */
    public static Analysis check(LayerGraph graph, int vocabulary) {
        return ShapeInference.analyse(graph, OptionalInt.of(vocabulary));
    }
}
