package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.whiskerstudio.architecture.Activation;
import org.whiskerstudio.architecture.DetectorTemplates;
import org.whiskerstudio.architecture.GraphBuilder;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;
import org.whiskerstudio.architecture.dl4j.Dl4jRuntime;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.detection.DetectionExample;
import org.whiskerstudio.detection.GroundTruth;
import org.whiskerstudio.detection.Letterbox;
import org.whiskerstudio.labelling.Shape;

/**
 * The detector's trunk warm-up: which layers are its trunk, the crops' side, a trunk that learns to tell squares from
 * bars on crops of its boxes and starts the detector, a stop during the warm-up, and heads that ask for none.
 */
@Tag("engine")
class TrunkWarmUpTest {
    private static final int SIZE = 32;
    private static final List<LayerSpec.YoloHead.Anchor> ANCHORS = List.of(new LayerSpec.YoloHead.Anchor(1, 1),
            new LayerSpec.YoloHead.Anchor(1.75, 0.5));

    @BeforeAll
    static void engine() {
        Dl4jRuntime.configure();
    }

    /** Three convolutions with batch norm, leaky ReLU and pools to a 4 x 4 grid, the head's convolution, the head. */
    private static LayerGraph detector(int warmUpEpochs) {
        GraphBuilder graph = new GraphBuilder(new TensorShape.Image(SIZE, SIZE, 1));
        for (int filters : new int[] {8, 16, 16}) {
            graph.then(new LayerSpec.Conv2D(filters, 3, 1, LayerSpec.Padding.SAME, Activation.IDENTITY))
                    .then(new LayerSpec.BatchNorm())
                    .then(new LayerSpec.ActivationLayer(Activation.LEAKY_RELU))
                    .then(new LayerSpec.Pooling2D(LayerSpec.PoolType.MAX, 2, 2));
        }
        LayerSpec.YoloHead head = new LayerSpec.YoloHead(2, LayerSpec.YoloHead.text(ANCHORS), 5, 0.5, 3,
                warmUpEpochs);
        return graph.then(new LayerSpec.Conv2D(head.channels(), 1, 1, LayerSpec.Padding.SAME, Activation.IDENTITY))
                .then(head).build();
    }

    /** Black pictures with one white 8 x 8 square (class 0) or 14 x 4 bar (class 1) each, alternately. */
    private static List<DetectionExample> squaresAndBars(int count, long seed) {
        Random random = new Random(seed);
        List<DetectionExample> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int w = i % 2 == 0 ? 8 : 14;
            int h = i % 2 == 0 ? 8 : 4;
            int x = random.nextInt(SIZE - w + 1);
            int y = random.nextInt(SIZE - h + 1);
            byte[] pixels = new byte[SIZE * SIZE];
            for (int dy = 0; dy < h; dy++) {
                for (int dx = 0; dx < w; dx++) {
                    pixels[(y + dy) * SIZE + x + dx] = (byte) 255;
                }
            }
            out.add(new DetectionExample(i, pixels, new Letterbox(SIZE, SIZE, SIZE),
                    List.of(new GroundTruth(i % 2, new Shape.Box(x, y, x + w, y + h)))));
        }
        return out;
    }

    private static MultiLayerNetwork network(LayerGraph graph) {
        MultiLayerNetwork net = new MultiLayerNetwork(Dl4jModels.multiLayer(graph, 5, new Adam(0.01), 0));
        net.init();
        return net;
    }

    @Test
    void theTrunkIsTheChainBeforeTheHeadsConvolution() {
        assertEquals(12, TrunkWarmUp.trunk(detector(1)).orElseThrow().size(), "3 x (conv, norm, activation, pool)");
        assertEquals(15, TrunkWarmUp.trunk(DetectorTemplates.yolo(3, 2, ANCHORS)).orElseThrow().size(),
                "the template's five steps");
        LayerGraph headOnly = new GraphBuilder(new TensorShape.Image(SIZE, SIZE, 1))
                .then(new LayerSpec.Conv2D(14, 1, 1, LayerSpec.Padding.SAME, Activation.IDENTITY))
                .then(new LayerSpec.YoloHead(2, ANCHORS)).build();
        assertTrue(TrunkWarmUp.trunk(headOnly).isEmpty(), "nothing before the head's convolution");
    }

    @Test
    void cropsCoverTheMedianBoxAtTheTrunksReduction() {
        List<DetectionExample> thirties = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            thirties.add(new DetectionExample(i, new byte[128 * 128], new Letterbox(128, 128, 128),
                    List.of(new GroundTruth(0, new Shape.Box(10, 10, 10 + 20 + 10 * i, 30)))));
        }
        // Median longer side 30; a quarter more is 37.5, rounded up to 16s: 48.
        assertEquals(48, TrunkWarmUp.cropSide(thirties, 16, 128));
        assertEquals(32, TrunkWarmUp.cropSide(squaresAndBars(6, 1), 16, 128), "at least two cells");
        assertEquals(32, TrunkWarmUp.cropSide(thirties, 16, 32), "at most the input");
    }

    @Test
    void theTrunkLearnsToNameTheBoxesAndStartsTheDetector() throws InterruptedException {
        LayerGraph graph = detector(40);
        List<DetectionExample> train = squaresAndBars(64, 1);
        Normalisation normalisation = new Normalisation(new float[] {0.1f}, new float[] {0.3f});
        TrunkWarmUp warmUp = TrunkWarmUp.of(graph, train, normalisation, true, 7, new Adam(0.01)).orElseThrow();
        assertEquals(64, warmUp.crops());
        assertEquals(40, warmUp.epochs());
        List<TrunkWarmUp.Epoch> epochs = new ArrayList<>();

        assertTrue(warmUp.train(32, steps(epochs, Integer.MAX_VALUE)));

        assertEquals(40, epochs.size());
        assertTrue(epochs.get(39).loss() < epochs.get(0).loss() / 3, epochs.toString());
        double named = warmUp.accuracy(squaresAndBars(40, 2));
        assertTrue(named >= 0.9, "unseen crops named right: " + named);

        MultiLayerNetwork net = network(graph);
        INDArray before = net.getLayer(0).getParam("W").dup();
        warmUp.startTrunk(name -> net.getLayer(Integer.parseInt(name)).paramTable());
        assertNotEquals(before, net.getLayer(0).getParam("W"), "the trunk's first convolution is the warm-up's");

        TrunkWarmUp again = TrunkWarmUp.of(graph, train, normalisation, true, 7, new Adam(0.01)).orElseThrow();
        again.train(32, steps(new ArrayList<>(), Integer.MAX_VALUE));
        MultiLayerNetwork other = network(graph);
        again.startTrunk(name -> other.getLayer(Integer.parseInt(name)).paramTable());
        assertEquals(net.getLayer(0).getParam("W"), other.getLayer(0).getParam("W"), "seeded: the same trunk");
    }

    @Test
    void aStopDuringTheWarmUpEndsItAndHeadsWithoutOneHaveNone() throws InterruptedException {
        List<DetectionExample> train = squaresAndBars(64, 1);
        Normalisation normalisation = new Normalisation(new float[] {0.1f}, new float[] {0.3f});
        TrunkWarmUp warmUp = TrunkWarmUp.of(detector(40), train, normalisation, false, 7, new Adam(0.01))
                .orElseThrow();
        List<TrunkWarmUp.Epoch> epochs = new ArrayList<>();

        assertFalse(warmUp.train(32, steps(epochs, 3)), "stopped after three steps");
        assertEquals(3, epochs.size(), "three epochs of one step (64 crops in batches of at least 64) finished");

        assertTrue(TrunkWarmUp.of(detector(0), train, normalisation, false, 7, new Adam(0.01)).isEmpty());
        List<DetectionExample> negatives = train.stream()
                .map(e -> new DetectionExample(e.imageId(), e.pixels(), e.letterbox(), List.of())).toList();
        assertTrue(TrunkWarmUp.of(detector(5), negatives, normalisation, false, 7, new Adam(0.01)).isEmpty(),
                "no box to crop");
    }

    /** Goes on for {@code steps} steps, collecting the epochs. */
    private static TrunkWarmUp.Steps steps(List<TrunkWarmUp.Epoch> epochs, int steps) {
        int[] left = {steps};
        return new TrunkWarmUp.Steps() {
            @Override
            public boolean goOn() {
                return left[0]-- > 0;
            }

            @Override
            public void epochEnded(TrunkWarmUp.Epoch epoch) {
                epochs.add(epoch);
            }
        };
    }
}
