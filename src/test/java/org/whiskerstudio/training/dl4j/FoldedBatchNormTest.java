package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.layers.normalization.BatchNormalization;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;
import org.whiskerstudio.architecture.dl4j.Dl4jRuntime;
import org.whiskerstudio.detection.DetectionFixture;

/** A detector's convolution, batch normalisation and activation runs folded into single convolutions answer alike. */
@Tag("engine")
class FoldedBatchNormTest {
    @Test
    void theFoldedDetectorHasFewerLayersAndTheSameOutput() {
        Dl4jRuntime.configure();
        Nd4j.getRandom().setSeed(7);
        LayerGraph graph = DetectionFixture.tinyDetector().network();
        MultiLayerNetwork trained = new MultiLayerNetwork(Dl4jModels.multiLayer(graph, 3));
        trained.init();
        // Statistics a trained network would have: not the identity a fresh one starts with.
        for (Layer layer : trained.getLayers()) {
            if (layer instanceof BatchNormalization) {
                layer.paramTable().forEach((name, p) -> p.assign(Nd4j.rand(p.dataType(), p.shape()).mul(0.8)
                        .add(name.equals("log10stdev") ? -0.4 : 0.1)));
            }
        }

        Optional<MultiLayerNetwork> folded = FoldedBatchNorm.of(graph, trained);

        assertTrue(folded.isPresent(), "three conv, batch norm and activation runs fold");
        assertEquals(3 * 4 + 2, trained.getLayers().length);
        assertEquals(3 * 2 + 2, folded.get().getLayers().length, "each run is one convolution and its pool");
        INDArray input = Nd4j.rand(DataType.FLOAT, 3, 3, DetectionFixture.TINY_INPUT, DetectionFixture.TINY_INPUT);
        double difference = trained.output(input, false).sub(folded.get().output(input, false)).amaxNumber()
                .doubleValue();
        assertTrue(difference < 1e-4, "largest difference " + difference);
    }
}
