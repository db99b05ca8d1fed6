package org.whiskerstudio.architecture.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.architecture.Analysis;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerReport;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.TensorShape;

/** Builds a graph in DL4J and asserts that DL4J agrees with our analysis: shapes, parameters, a forward pass. */
final class Dl4jAgreement {
    private Dl4jAgreement() {
    }

    static void assertAgrees(LayerGraph graph, Analysis analysis) {
        assertTrue(analysis.ok(), () -> "analysis refused the graph: " + analysis.issues());
        if (Dl4jModels.isChain(graph)) {
            assertChainAgrees(graph, analysis);
        } else {
            assertGraphAgrees(graph, analysis);
        }
    }

    private static void assertChainAgrees(LayerGraph graph, Analysis analysis) {
        MultiLayerConfiguration conf = Dl4jModels.multiLayer(graph, 42);
        TensorShape input = analysis.layers().get(0).output();
        List<InputType> types = conf.getLayerActivationTypes(Dl4jShapes.inputType(input));
        // DL4J layers are the analysed layers without the Input and without Reshapes (preprocessors in DL4J).
        List<LayerReport> layers = new ArrayList<>();
        List<TensorShape> inputs = new ArrayList<>();
        for (int i = 1; i < analysis.layers().size(); i++) {
            LayerReport r = analysis.layers().get(i);
            if (!(graph.node(r.nodeId()).orElseThrow().spec() instanceof LayerSpec.Reshape)) {
                layers.add(r);
                inputs.add(analysis.layers().get(i - 1).output());
            }
        }
        assertEquals(layers.size(), types.size(), "DL4J layer count");
        for (int i = 0; i < layers.size(); i++) {
            assertEquals(key(expectedType(graph, layers.get(i), inputs.get(i))), key(types.get(i)), layers.get(i).nodeId());
        }
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        assertEquals(analysis.totalParams(), net.numParams(), "total params");
        for (int i = 0; i < layers.size(); i++) {
            assertEquals(layers.get(i).params(), net.getLayer(i).numParams(), "params of " + layers.get(i).nodeId());
        }
        INDArray out = net.output(Nd4j.rand(DataType.FLOAT, Dl4jShapes.batchShape(input, 2)));
        assertArrayEquals(Dl4jShapes.batchShape(layers.get(layers.size() - 1).output(), 2), out.shape(), "output");
    }

    /** Kind and shape; DL4J's data-format tag (NCW on vectors after an RNN) is not a shape. */
    private static String key(InputType type) {
        return type.getType() + Arrays.toString(type.getShape(false));
    }

    /**
     * DL4J M2.1's getLayerActivationTypes reports a GlobalPooling of a sequence as still a sequence, while its forward
     * pass gives [batch, features] (checked by the forward pass below): the one place the two are allowed to differ.
     */
    private static InputType expectedType(LayerGraph graph, LayerReport report, TensorShape in) {
        boolean pooledSequence = graph.node(report.nodeId()).orElseThrow().spec() instanceof LayerSpec.GlobalPooling
                && in instanceof TensorShape.Sequence;
        return pooledSequence ? Dl4jShapes.inputType(in) : Dl4jShapes.inputType(report.output());
    }

    private static void assertGraphAgrees(LayerGraph graph, Analysis analysis) {
        ComputationGraphConfiguration conf = Dl4jModels.computationGraph(graph, 42);
        TensorShape input = analysis.layers().get(0).output();
        Map<String, InputType> types = conf.getLayerActivationTypes(Dl4jShapes.inputType(input));
        ComputationGraph net = new ComputationGraph(conf);
        net.init();
        assertEquals(analysis.totalParams(), net.numParams(), "total params");
        for (LayerReport report : analysis.layers().subList(1, analysis.layers().size())) {
            assertEquals(key(Dl4jShapes.inputType(report.output())), key(types.get(report.nodeId())), report.nodeId());
            long params = net.getLayer(report.nodeId()) == null ? 0 : net.getLayer(report.nodeId()).numParams();
            assertEquals(report.params(), params, "params of " + report.nodeId());
        }
        INDArray out = net.outputSingle(Nd4j.rand(DataType.FLOAT, Dl4jShapes.batchShape(input, 2)));
        LayerReport last = analysis.layers().get(analysis.layers().size() - 1);
        assertArrayEquals(Dl4jShapes.batchShape(last.output(), 2), out.shape(), "output");
    }
}
