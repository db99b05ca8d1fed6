package org.whiskerstudio.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The variational autoencoder block: an autoencoder end that reads the input itself, kept in the JSON. */
class VariationalSpecTest {
    private static final TensorShape.Image IMAGE = new TensorShape.Image(8, 8, 1);

    @Test
    void theTemplateIsAnAutoencoderWhoseCodeIsItsEmbeddingAndSurvivesTheJson() {
        LayerGraph graph = AutoencoderTemplates.variational(IMAGE);
        Architecture architecture = new Architecture("VAE", graph, Optional.empty());
        Analysis analysis = ShapeInference.analyse(graph);

        assertTrue(analysis.ok(), analysis.issues().toString());
        assertEquals(ModelKind.AUTOENCODER, architecture.kind());
        assertTrue(Autoencoder.variational(graph));
        Autoencoder shape = Autoencoder.of(graph).orElseThrow();
        assertEquals(graph.nodes().get(1).id(), shape.bottleneck(), "the code's mean is the embedding");
        LayerReport vae = analysis.layers().get(1);
        assertEquals(new TensorShape.Vector(AutoencoderTemplates.VARIATIONAL_CODE), vae.output());
        // Encoder 64x256, the code's mean and log-variance 256x16 each, decoder 16x256, Bernoulli means 256x64.
        assertEquals(64 * 256 + 256 + 2 * (256 * 16 + 16) + 16 * 256 + 256 + 256 * 64 + 64, vae.params());
        assertEquals(architecture, ArchitectureJson.read(ArchitectureJson.write(architecture)));
    }

    @Test
    void itMustReadTheInputItselfAndNotASeries() {
        LayerGraph behindDense = new GraphBuilder(IMAGE).then(new LayerSpec.Dense(10, Activation.RELU))
                .then(new LayerSpec.Variational(4, 16)).build();
        Analysis analysis = ShapeInference.analyse(behindDense);
        assertTrue(analysis.issues().stream().anyMatch(i -> i.message().contains("connect it straight to the Input")),
                analysis.issues().toString());

        LayerGraph series = new GraphBuilder(new TensorShape.Sequence(20, 3)).then(new LayerSpec.Variational(4, 16))
                .build();
        assertTrue(ShapeInference.analyse(series).issues().stream().anyMatch(i -> i.message().contains("not a series")),
                ShapeInference.analyse(series).issues().toString());
    }
}
