package org.whiskerstudio.detection.dl4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.whiskerstudio.architecture.dl4j.Dl4jRuntime;
import org.whiskerstudio.detection.BoxSize;
import org.whiskerstudio.detection.Boxes;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.detection.GroundTruth;
import org.whiskerstudio.detection.Letterbox;
import org.whiskerstudio.detection.YoloGrid;
import org.whiskerstudio.labelling.Shape.Box;

/**
 * A sanity check of labels, layer and decoding together: one convolution and a {@code Yolo2OutputLayer} learn to find
 * one bright 8 x 8 square on 32 x 32 black images (a 4 x 4 grid of 8-pixel cells, one anchor of one cell).
 */
@Tag("engine")
class ToyDetectorTest {
    private static final int SIZE = 32;
    private static final int SIDE = 8;
    private static final YoloGrid GRID = new YoloGrid(SIZE, 4, 1);

    private record Toy(INDArray images, List<Box> boxes) {
    }

    @BeforeAll
    static void engine() {
        Dl4jRuntime.configure();
    }

    @Test
    void lossFallsAndTheSquareIsFound() {
        MultiLayerNetwork net = network();
        Toy train = toys(64, new Random(1));
        INDArray labels = YoloLabels.of(GRID, train.boxes().stream()
                .map(b -> List.of(new GroundTruth(0, b))).toList());
        DataSet data = new DataSet(train.images(), labels);
        net.fit(data);
        double first = net.score();
        for (int step = 1; step < 150; step++) {
            net.fit(data);
        }
        double last = net.score();
        assertTrue(last < first / 4, "loss from " + first + " to " + last);

        Toy test = toys(32, new Random(2));
        List<Letterbox> letterboxes = test.boxes().stream().map(b -> new Letterbox(SIZE, SIZE, SIZE)).toList();
        List<List<Detection>> found = YoloOutputs.decode(net.output(test.images()), GRID, 1, letterboxes, 0);
        int hits = 0;
        for (int i = 0; i < found.size(); i++) {
            Detection best = found.get(i).stream().max(Comparator.comparingDouble(Detection::score)).orElseThrow();
            hits += Boxes.iou(best.box(), test.boxes().get(i)) >= 0.5 ? 1 : 0;
        }
        assertTrue(hits >= 0.8 * found.size(), "the best box found the square on " + hits + " of " + found.size());
    }

    private static MultiLayerNetwork network() {
        // A 16 x 16 kernel at stride 8 with 4 pixels of padding: each cell sees itself and half a cell around it.
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(3)
                .updater(new Adam(0.01))
                .weightInit(WeightInit.XAVIER)
                .list()
                .layer(new ConvolutionLayer.Builder(16, 16).stride(8, 8).padding(4, 4)
                        .nOut(GRID.outputChannels(1)).activation(Activation.IDENTITY).build())
                .layer(YoloHead.outputLayer(List.of(new BoxSize(1, 1))))
                .setInputType(InputType.convolutional(SIZE, SIZE, 1))
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    private static Toy toys(int count, Random random) {
        float[] pixels = new float[count * SIZE * SIZE];
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int x = random.nextInt(SIZE - SIDE + 1);
            int y = random.nextInt(SIZE - SIDE + 1);
            for (int dy = 0; dy < SIDE; dy++) {
                for (int dx = 0; dx < SIDE; dx++) {
                    pixels[i * SIZE * SIZE + (y + dy) * SIZE + x + dx] = 1f;
                }
            }
            boxes.add(new Box(x, y, x + SIDE, y + SIDE));
        }
        return new Toy(Nd4j.create(pixels, new long[] {count, 1, SIZE, SIZE}, 'c'), boxes);
    }
}
