package org.whiskerstudio.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GraphEditsTest {
    private static final LayerNode IN = new LayerNode("in", "Input", new LayerSpec.Input(new TensorShape.Image(28, 28, 1)));
    private static final LayerNode D1 = new LayerNode("d1", "Dense", new LayerSpec.Dense(64, Activation.RELU));
    private static final LayerNode OUT = new LayerNode("out", "Output",
            new LayerSpec.Output(10, LayerSpec.OutputKind.SOFTMAX_CLASSIFICATION));

    private static LayerGraph chain() {
        return new LayerGraph(List.of(IN, D1, OUT), List.of(new Edge("in", "d1"), new Edge("d1", "out")));
    }

    @Test
    void insertAfterSplicesTheNodeIntoTheChain() {
        LayerNode drop = new LayerNode("drop", "Dropout", new LayerSpec.Dropout(0.5));
        LayerGraph g = GraphEdits.insertAfter(chain(), Optional.of("d1"), drop);
        assertEquals(List.of("in", "d1", "drop", "out"), g.nodes().stream().map(LayerNode::id).toList());
        assertEquals(List.of(new Edge("in", "d1"), new Edge("drop", "out"), new Edge("d1", "drop")), g.edges());
    }

    @Test
    void insertWithoutSelectionAppendsAfterTheLastNode() {
        LayerGraph g = GraphEdits.insertAfter(new LayerGraph(List.of(IN, D1), List.of(new Edge("in", "d1"))),
                Optional.empty(), OUT);
        assertEquals(List.of(new Edge("in", "d1"), new Edge("d1", "out")), g.edges());
    }

    @Test
    void insertWithoutSelectionGoesBeforeTheOutput() {
        LayerNode drop = new LayerNode("drop", "Dropout", new LayerSpec.Dropout(0.5));
        LayerGraph g = GraphEdits.insertAfter(chain(), Optional.empty(), drop);
        assertEquals(List.of("out"), g.outputsOf("drop").stream().map(LayerNode::id).toList());
        assertEquals(List.of("drop"), g.outputsOf("d1").stream().map(LayerNode::id).toList());
    }

    @Test
    void removeJoinsTheNeighbours() {
        LayerGraph g = GraphEdits.remove(chain(), "d1");
        assertEquals(List.of(new Edge("in", "out")), g.edges());
        assertEquals(2, g.nodes().size());
    }

    @Test
    void moveUpSwapsWithThePreviousChainStepButNeverAboveTheInput() {
        LayerNode drop = new LayerNode("drop", "Dropout", new LayerSpec.Dropout(0.5));
        LayerGraph g = GraphEdits.insertAfter(chain(), Optional.of("d1"), drop);
        LayerGraph moved = GraphEdits.move(g, "drop", true);
        assertEquals(List.of("in", "drop", "d1", "out"), moved.nodes().stream().map(LayerNode::id).toList());
        assertEquals(List.of("drop"), moved.outputsOf("in").stream().map(LayerNode::id).toList());
        assertEquals(List.of("d1"), moved.outputsOf("drop").stream().map(LayerNode::id).toList());
        assertEquals(List.of("out"), moved.outputsOf("d1").stream().map(LayerNode::id).toList());
        assertEquals(moved, GraphEdits.move(moved, "drop", true), "nothing goes above the input");
    }

    @Test
    void freshIdsNeverCollide() {
        assertEquals("dense_1", GraphEdits.freshId(chain(), new LayerSpec.Dense(3, Activation.RELU)));
        LayerGraph g = GraphEdits.insertAfter(chain(), Optional.empty(),
                new LayerNode("dense_1", "Dense", new LayerSpec.Dense(3, Activation.RELU)));
        assertEquals("dense_2", GraphEdits.freshId(g, new LayerSpec.Dense(3, Activation.RELU)));
    }
}
