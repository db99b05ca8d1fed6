package org.whiskerstudio.architecture.dl4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.Activation;
import org.whiskerstudio.architecture.Analysis;
import org.whiskerstudio.architecture.Graphs;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.ShapeInference;
import org.whiskerstudio.architecture.TensorShape;

/** No graph that validation accepts fails in DL4J: 200 seeded random chains on random image sizes. */
@Tag("engine")
class Dl4jRandomChainsTest {
    private static final int GRAPHS = 200;

    @Test
    void everyAcceptedRandomChainBuildsInDl4jWithMatchingParams() {
        Random random = new Random(20240611);
        int accepted = 0;
        for (int i = 0; i < GRAPHS; i++) {
            LayerGraph graph = randomChain(random);
            Analysis analysis = ShapeInference.analyse(graph);
            if (analysis.ok()) {
                accepted++;
                try {
                    Dl4jAgreement.assertAgrees(graph, analysis);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("graph " + i + " " + graph.nodes(), e);
                }
            }
        }
        int atLeast = GRAPHS / 4;
        assertTrue(accepted >= atLeast, "only " + accepted + " random graphs were valid; the generator is too wild");
    }

    private static LayerGraph randomChain(Random random) {
        TensorShape.Image input = new TensorShape.Image(1 + random.nextInt(14), 1 + random.nextInt(14),
                1 + random.nextInt(3));
        List<LayerSpec> specs = new ArrayList<>();
        int layers = random.nextInt(6);
        boolean flat = false;
        for (int i = 0; i < layers; i++) {
            specs.add(flat ? randomFlatLayer(random) : randomLayer(random));
            flat |= specs.get(specs.size() - 1) instanceof LayerSpec.Dense;
        }
        specs.add(new LayerSpec.Output(1 + random.nextInt(4), random.nextBoolean()
                ? LayerSpec.OutputKind.SOFTMAX_CLASSIFICATION : LayerSpec.OutputKind.SIGMOID_BINARY));
        return Graphs.chain(input, specs.toArray(LayerSpec[]::new));
    }

    private static LayerSpec randomLayer(Random random) {
        return switch (random.nextInt(8)) {
            case 0, 1 -> new LayerSpec.Conv2D(1 + random.nextInt(4), 1 + random.nextInt(5), 1 + random.nextInt(3),
                    padding(random), activation(random));
            case 2 -> new LayerSpec.Pooling2D(random.nextBoolean() ? LayerSpec.PoolType.MAX : LayerSpec.PoolType.AVG,
                    1 + random.nextInt(3), 1 + random.nextInt(3));
            case 3 -> new LayerSpec.Deconv2D(1 + random.nextInt(3), 1 + random.nextInt(3), 1 + random.nextInt(2),
                    padding(random), activation(random));
            default -> randomFlatLayer(random);
        };
    }

    /** Layers that also fit after a vector (Dense); BatchNorm, Dropout and Activation fit everywhere. */
    private static LayerSpec randomFlatLayer(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> new LayerSpec.BatchNorm();
            case 1 -> new LayerSpec.Dropout(random.nextDouble() * 0.9);
            case 2 -> new LayerSpec.ActivationLayer(activation(random));
            default -> new LayerSpec.Dense(1 + random.nextInt(8), activation(random));
        };
    }

    private static LayerSpec.Padding padding(Random random) {
        return random.nextBoolean() ? LayerSpec.Padding.SAME : LayerSpec.Padding.VALID;
    }

    private static Activation activation(Random random) {
        return Activation.values()[random.nextInt(Activation.values().length)];
    }
}
