package org.whiskerstudio.architecture.dl4j;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.whiskerstudio.architecture.Graphs.node;
import static org.whiskerstudio.architecture.Graphs.softmax;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.Activation;
import org.whiskerstudio.architecture.Edge;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.LayerSpec.Conv2D;
import org.whiskerstudio.architecture.LayerSpec.Padding;
import org.whiskerstudio.architecture.ShapeInference;
import org.whiskerstudio.architecture.TensorShape;

/** Graphs with branches become ComputationGraphs that agree with our analysis. */
class Dl4jComputationGraphTest {

    /** in -> conv a -> conv b -> add(a, b) -> concat(add, conv c from a) -> pool -> dense -> output. */
    static LayerGraph residualWithConcat() {
        return new LayerGraph(List.of(
                node("in", new LayerSpec.Input(new TensorShape.Image(8, 8, 2))),
                node("a", new Conv2D(4, 3, 1, Padding.SAME, Activation.RELU)),
                node("b", new Conv2D(4, 3, 1, Padding.SAME, Activation.IDENTITY)),
                node("add", new LayerSpec.Merge(LayerSpec.MergeKind.ADD)),
                node("c", new Conv2D(3, 1, 1, Padding.VALID, Activation.RELU)),
                node("cat", new LayerSpec.Merge(LayerSpec.MergeKind.CONCAT)),
                node("pool", new LayerSpec.Pooling2D(LayerSpec.PoolType.MAX, 2, 2)),
                node("dense", new LayerSpec.Dense(6, Activation.RELU)),
                node("out", softmax(3))),
                List.of(new Edge("in", "a"), new Edge("a", "b"), new Edge("a", "add"), new Edge("b", "add"),
                        new Edge("a", "c"), new Edge("add", "cat"), new Edge("c", "cat"), new Edge("cat", "pool"),
                        new Edge("pool", "dense"), new Edge("dense", "out")));
    }

    @Test
    void residualAddAndConcatBuildAsAComputationGraph() {
        LayerGraph graph = residualWithConcat();
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
