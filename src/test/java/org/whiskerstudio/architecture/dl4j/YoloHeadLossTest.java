package org.whiskerstudio.architecture.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.layers.objdetect.Yolo2OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossL2;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.whiskerstudio.architecture.Activation;
import org.whiskerstudio.architecture.GraphBuilder;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.detection.GroundTruth;
import org.whiskerstudio.detection.YoloGrid;
import org.whiskerstudio.detection.dl4j.YoloLabels;
import org.whiskerstudio.labelling.Shape;

/**
 * The YOLO head's class term as DL4J gets it: cross-entropy weighted by the head's class weight, the weight kept in a
 * saved network, and a head of one class (the cats sample's), whose single column DL4J's cross-entropy refuses.
 */
@Tag("engine")
class YoloHeadLossTest {
    @BeforeAll
    static void engine() {
        Dl4jRuntime.configure();
    }

    private static LayerGraph detector(int classes, double classWeight) {
        LayerSpec.YoloHead head = new LayerSpec.YoloHead(classes, "1x1, 2x1", 5, 0.5, classWeight, 0);
        return new GraphBuilder(new TensorShape.Image(32, 32, 1))
                .then(new LayerSpec.Conv2D(8, 4, 4, LayerSpec.Padding.SAME, Activation.LEAKY_RELU))
                .then(new LayerSpec.Conv2D(8, 3, 2, LayerSpec.Padding.SAME, Activation.LEAKY_RELU))
                .then(new LayerSpec.Conv2D(head.channels(), 1, 1, LayerSpec.Padding.SAME, Activation.IDENTITY))
                .then(head).build();
    }

    private static MultiLayerNetwork network(LayerGraph graph) {
        MultiLayerNetwork net = new MultiLayerNetwork(Dl4jModels.multiLayer(graph, 3, new Adam(0.01), 0));
        net.init();
        return net;
    }

    /** Eight black pictures, each with one box of class {@code i % classes}. */
    private static DataSet batch(int classes) {
        List<List<GroundTruth>> boxes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            boxes.add(List.of(new GroundTruth(i % classes, new Shape.Box(2 + i, 4, 14 + i, 12))));
        }
        return new DataSet(Nd4j.rand(8, 1, 32, 32), YoloLabels.of(new YoloGrid(32, 4, classes), boxes));
    }

    private static Yolo2OutputLayer head(MultiLayerNetwork net) {
        return (Yolo2OutputLayer) net.getLayerWiseConfigurations().getConf(net.getnLayers() - 1).getLayer();
    }

    @Test
    void theClassTermIsCrossEntropyWeightedByTheHeadAndSurvivesSaving() throws IOException {
        MultiLayerNetwork net = network(detector(3, 3));
        LossMCXENT loss = assertInstanceOf(LossMCXENT.class, head(net).getLossClassPredictions());
        assertEquals(Nd4j.valueArrayOf(new long[] {1, 3}, 3.0, loss.getWeights().dataType()), loss.getWeights());
        net.fit(batch(3));
        assertTrue(Double.isFinite(net.score()), "trains: " + net.score());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelSerializer.writeModel(net, bytes, true);
        MultiLayerNetwork back = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(bytes.toByteArray()),
                true);
        LossMCXENT kept = assertInstanceOf(LossMCXENT.class, head(back).getLossClassPredictions());
        assertEquals(loss.getWeights(), kept.getWeights(), "a resumed run keeps the class weight");
        back.fit(batch(3));

        assertNull(assertInstanceOf(LossMCXENT.class, head(network(detector(3, 1))).getLossClassPredictions())
                .getWeights(), "weight 1: plain cross-entropy");
    }

    @Test
    void aDetectorOfOneClassTrains() {
        MultiLayerNetwork net = network(detector(1, 3));
        assertInstanceOf(LossL2.class, head(net).getLossClassPredictions(), "DL4J's default: nothing to learn");
        for (int step = 0; step < 3; step++) {
            net.fit(batch(1));
        }
        assertTrue(Double.isFinite(net.score()), "trains: " + net.score());
    }
}
