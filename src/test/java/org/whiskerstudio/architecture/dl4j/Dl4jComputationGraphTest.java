package org.whiskerstudio.architecture.dl4j;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.whiskerstudio.architecture.Graphs.node;
import static org.whiskerstudio.architecture.Graphs.softmax;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.Activation;
import org.whiskerstudio.architecture.Edge;
import org.whiskerstudio.architecture.Graphs;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.ShapeInference;
import org.whiskerstudio.architecture.TensorShape;

/** Graphs with branches become ComputationGraphs that agree with our analysis. */
@Tag("engine")
class Dl4jComputationGraphTest {

    @Test
    void residualAddAndConcatBuildAsAComputationGraph() {
        LayerGraph graph = Graphs.residualWithConcat();
        assertFalse(Dl4jModels.isChain(graph));
        Dl4jAgreement.assertAgrees(graph, ShapeInference.analyse(graph));
    }

    @Test
    void concatOfVectorsBuildsAsAComputationGraph() {
        LayerGraph graph = new LayerGraph(List.of(
                node("in", new LayerSpec.Input(new TensorShape.Vector(5))),
                node("a", new LayerSpec.Dense(3, Activation.RELU)),
                node("b", new LayerSpec.Dense(4, Activation.TANH)),
                node("cat", new LayerSpec.Merge(LayerSpec.MergeKind.CONCAT)),
                node("out", softmax(2))),
                List.of(new Edge("in", "a"), new Edge("in", "b"), new Edge("a", "cat"), new Edge("b", "cat"),
                        new Edge("cat", "out")));
        Dl4jAgreement.assertAgrees(graph, ShapeInference.analyse(graph));
    }
}
