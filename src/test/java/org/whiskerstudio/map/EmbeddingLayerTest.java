package org.whiskerstudio.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.Activation;
import org.whiskerstudio.architecture.Autoencoder;
import org.whiskerstudio.architecture.AutoencoderTemplates;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;

/** A classifier's embedding is the layer that feeds its output, an autoencoder's its code; others have none. */
class EmbeddingLayerTest {
    @Test
    void aClassifiersEmbeddingIsTheLayerBeforeItsOutput() {
        LayerGraph lenet = Templates.lenet(new TensorShape.Image(28, 28, 1), 10);
        String id = EmbeddingLayer.of(ModelKind.CLASSIFIER, lenet).orElseThrow();
        assertEquals(new LayerSpec.Dense(500, Activation.RELU),
                lenet.node(id).orElseThrow().spec());
        LayerGraph mlp = Templates.mlp(new TensorShape.Image(8, 8, 1), 2);
        assertEquals(64, ((LayerSpec.Dense) mlp.node(EmbeddingLayer.of(ModelKind.CLASSIFIER, mlp).orElseThrow())
                .orElseThrow().spec()).units());
    }

    @Test
    void generatorsAndCharacterModelsHaveNoMap() {
        LayerGraph any = Templates.mlp(new TensorShape.Image(8, 8, 1), 2);
        assertTrue(EmbeddingLayer.of(ModelKind.GAN, any).isEmpty());
        assertTrue(EmbeddingLayer.of(ModelKind.CHARACTER_MODEL, any).isEmpty());
    }

    @Test
    void anAutoencodersEmbeddingIsItsBottleneckCode() {
        LayerGraph conv = AutoencoderTemplates.conv(new TensorShape.Image(28, 28, 1));
        String id = EmbeddingLayer.of(ModelKind.AUTOENCODER, conv).orElseThrow();

        assertEquals(Autoencoder.of(conv).orElseThrow().bottleneck(), id);
        assertEquals(32, ((LayerSpec.Dense) conv.node(id).orElseThrow().spec()).units(), "the code of 32");
    }
}
