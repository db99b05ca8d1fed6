package org.whiskerstudio.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whiskerstudio.architecture.Graphs.chain;
import static org.whiskerstudio.architecture.Graphs.node;
import static org.whiskerstudio.architecture.Graphs.softmax;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.LayerSpec.Padding;
import org.whiskerstudio.architecture.TensorShape.Image;
import org.whiskerstudio.architecture.TensorShape.Vector;

/** Each mistake is reported once, in plain words, at the layer where it is. */
class ShapeInferenceIssuesTest {
    private static final LayerSpec.Input IMAGE_INPUT = new LayerSpec.Input(new Image(8, 8, 1));
    private static final LayerSpec.Dense DENSE = new LayerSpec.Dense(4, Activation.RELU);

    private static void assertIssue(Analysis analysis, String nodeId, String words) {
        List<Issue> at = analysis.issuesAt(nodeId);
        assertTrue(at.stream().anyMatch(i -> i.message().contains(words)),
                () -> "expected '" + words + "' at '" + nodeId + "', got " + analysis.issues());
    }

    @Test
    void missingInputIsReportedForTheGraph() {
        Analysis analysis = ShapeInference.analyse(new LayerGraph(List.of(node("d", DENSE)), List.of()));
        assertIssue(analysis, "", "no Input layer");
    }

    @Test
    void secondInputIsReportedAtIt() {
        LayerGraph graph = new LayerGraph(List.of(node("in", IMAGE_INPUT), node("in2", IMAGE_INPUT),
                node("out", softmax(2))), List.of(new Edge("in", "out")));
        assertIssue(ShapeInference.analyse(graph), "in2", "more than one Input");
    }

    @Test
    void loopIsReportedAtItsLayers() {
        LayerGraph graph = new LayerGraph(List.of(node("in", IMAGE_INPUT), node("a", DENSE), node("b", DENSE),
                node("out", softmax(2))),
                List.of(new Edge("in", "a"), new Edge("a", "b"), new Edge("b", "a"), new Edge("b", "out")));
        Analysis analysis = ShapeInference.analyse(graph);
        assertIssue(analysis, "a", "part of a loop");
        assertIssue(analysis, "b", "part of a loop");
    }

    @Test
    void layerNotConnectedToTheInputIsReported() {
        LayerGraph graph = new LayerGraph(List.of(node("in", IMAGE_INPUT), node("out", softmax(2)),
                node("lost", DENSE)), List.of(new Edge("in", "out")));
        assertIssue(ShapeInference.analyse(graph), "lost", "not connected to the input");
    }

    @Test
    void twoInputsIntoADenseAskForAMerge() {
        LayerGraph graph = new LayerGraph(List.of(node("in", IMAGE_INPUT), node("a", DENSE), node("b", DENSE),
                node("c", DENSE), node("out", softmax(2))), List.of(new Edge("in", "a"), new Edge("in", "b"),
                new Edge("a", "c"), new Edge("b", "c"), new Edge("c", "out")));
        assertIssue(ShapeInference.analyse(graph), "c", "only Concat and Add join branches");
    }

    @Test
    void mergeWithOneInputIsReported() {
        Analysis analysis = ShapeInference.analyse(chain(new Vector(4),
                new LayerSpec.Merge(LayerSpec.MergeKind.CONCAT), softmax(2)));
        assertIssue(analysis, "l1", "needs at least 2 inputs, got 1");
    }

    private static LayerGraph twoBranches(LayerSpec left, LayerSpec right, LayerSpec.MergeKind kind) {
        return new LayerGraph(List.of(node("in", IMAGE_INPUT), node("a", left), node("b", right),
                node("m", new LayerSpec.Merge(kind)), node("out", softmax(2))),
                List.of(new Edge("in", "a"), new Edge("in", "b"), new Edge("a", "m"), new Edge("b", "m"),
                        new Edge("m", "out")));
    }

    @Test
    void addOfDifferentShapesIsReported() {
        Analysis analysis = ShapeInference.analyse(twoBranches(
                new LayerSpec.Conv2D(4, 3, 1, Padding.SAME, Activation.RELU),
                new LayerSpec.Conv2D(2, 3, 1, Padding.SAME, Activation.RELU), LayerSpec.MergeKind.ADD));
        assertIssue(analysis, "m", "Add needs inputs of the same shape, got a 8x8x4 image and a 8x8x2 image");
    }

    @Test
    void concatOfImagesOfDifferentSizesIsReported() {
        Analysis analysis = ShapeInference.analyse(twoBranches(
                new LayerSpec.Conv2D(4, 3, 1, Padding.SAME, Activation.RELU),
                new LayerSpec.Conv2D(4, 3, 1, Padding.VALID, Activation.RELU), LayerSpec.MergeKind.CONCAT));
        assertIssue(analysis, "m", "same height and width");
    }

    @Test
    void kernelLargerThanItsInputIsReportedInPlainWords() {
        Analysis analysis = ShapeInference.analyse(chain(new Image(3, 3, 1),
                new LayerSpec.Conv2D(4, 5, 1, Padding.VALID, Activation.RELU), softmax(2)));
        assertEquals(List.of(new Issue("l1", "Kernel 5x5 is larger than its 3x3 input: use a smaller kernel, "
                + "SAME padding, or less pooling before it")), analysis.issues());
    }

    @Test
    void poolLargerThanItsInputIsReported() {
        Analysis analysis = ShapeInference.analyse(chain(new Image(1, 1, 1),
                new LayerSpec.Pooling2D(LayerSpec.PoolType.MAX, 2, 2), softmax(2)));
        assertIssue(analysis, "l1", "Pool 2x2 is larger than its 1x1 input");
    }

    @Test
    void sameConvolutionWhoseStrideSkipsPixelsIsReported() {
        Analysis analysis = ShapeInference.analyse(chain(new Image(3, 8, 1),
                new LayerSpec.Conv2D(1, 1, 3, Padding.SAME, Activation.RELU), softmax(2)));
        assertIssue(analysis, "l1", "skips pixels");
    }

    @Test
    void convolutionOfAVectorIsReported() {
        Analysis analysis = ShapeInference.analyse(chain(new Vector(50),
                new LayerSpec.Conv2D(4, 3, 1, Padding.SAME, Activation.RELU), softmax(2)));
        assertIssue(analysis, "l1", "A Conv2D layer needs an image; this layer gets a vector of 50");
    }

    @Test
    void poolingOfASequenceIsReported() {
        Analysis analysis = ShapeInference.analyse(chain(new TensorShape.Sequence(5, 3),
                new LayerSpec.Pooling2D(LayerSpec.PoolType.MAX, 2, 2), softmax(2)));
        assertIssue(analysis, "l1", "needs an image; this layer gets a sequence of 5 steps x 3");
    }

    @Test
    void lstmAfterAnImageAsksForSequenceData() {
        Analysis analysis = ShapeInference.analyse(chain(new Image(7, 7, 50), new LayerSpec.Lstm(8, false),
                softmax(2)));
        assertIssue(analysis, "l1", "An LSTM needs a sequence; this layer gets a 7x7x50 image");
    }

    @Test
    void denseAfterASequenceAsksForLastStepOrPooling() {
        Analysis analysis = ShapeInference.analyse(chain(new TensorShape.Sequence(5, 3), DENSE, softmax(2)));
        assertIssue(analysis, "l1", "Put an LSTM with 'return sequences' off, or GlobalPooling, before it");
    }

    @Test
    void layerAfterARefusedOneIsNotReportedAgain() {
        Analysis analysis = ShapeInference.analyse(chain(new Vector(5),
                new LayerSpec.Conv2D(4, 3, 1, Padding.SAME, Activation.RELU), DENSE, softmax(2)));
        assertEquals(1, analysis.issues().size(), () -> analysis.issues().toString());
    }

    @Test
    void outputThatIsNotLastIsReported() {
        Analysis analysis = ShapeInference.analyse(chain(new Vector(5), softmax(2), DENSE));
        assertIssue(analysis, "l1", "Output must be the last layer");
    }

    @Test
    void missingOutputIsReportedForTheGraph() {
        assertIssue(ShapeInference.analyse(chain(new Vector(5), DENSE)), "", "no Output layer");
    }

    @Test
    void softmaxOverOneClassIsReported() {
        assertIssue(ShapeInference.analyse(chain(new Vector(5), softmax(1))), "l1", "at least 2 classes");
    }

    @Test
    void outputClassesDifferentFromTheProjectAreReported() {
        Analysis analysis = ShapeInference.analyse(chain(new Vector(5), softmax(3)), OptionalInt.of(10));
        assertIssue(analysis, "l1", "The output has 3 classes but the project has 10");
    }

    @Test
    void generatorMakingTheWrongNumberOfPixelsIsReported() {
        Analysis analysis = ShapeInference.analyseGenerator(chain(new Vector(8),
                new LayerSpec.Dense(100, Activation.TANH)), new Image(28, 28, 1));
        assertIssue(analysis, "l1", "784 numbers");
    }

    @Test
    void everyTemplateIsAcceptedWithTheProjectsClasses() {
        Image image = new Image(28, 28, 1);
        for (LayerGraph graph : List.of(Templates.mlp(image, 7), Templates.lenet(image, 7),
                Templates.vggSmall(image, 7), Templates.lstmClassifier(new TensorShape.Sequence(9, 4), 7))) {
            Analysis analysis = ShapeInference.analyse(graph, OptionalInt.of(7));
            assertTrue(analysis.ok(), analysis.issues()::toString);
        }
    }
}
