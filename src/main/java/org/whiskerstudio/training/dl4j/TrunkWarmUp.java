package org.whiskerstudio.training.dl4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.IUpdater;
import org.whiskerstudio.architecture.Detector;
import org.whiskerstudio.architecture.GraphBuilder;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerNode;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.ShapeInference;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.detection.DetectionExample;
import org.whiskerstudio.detection.GroundTruth;
import org.whiskerstudio.labelling.Shape;

/**
 * A detector's trunk learnt first as a classifier of its training boxes' crops, before the detector trains
 * ({@link LayerSpec.YoloHead#warmUpEpochs()}). Each box is cut out of its letterboxed image on a square around its
 * centre, at the detector's own scale (so the trunk learns the objects as it will see them), jittered and, when the
 * run flips, flipped; the trunk's layers, a global average pool and a softmax over the classes learn to name it. The
 * trunk's weights then start the detector. Why: YOLO's class term trains only the one cell and anchor responsible
 * for each box, and on {@code bench detect} the detector found nearly every box but named a quarter of them wrong.
 *
 * <p>The trunk is the chain of layers from the input to the convolution that feeds the head (which is left out, as
 * its channels are the head's); it must be a chain of convolutions, batch normalisations, activations, poolings and
 * dropouts, else there is no warm-up ({@link #of} is empty).
 */
public final class TrunkWarmUp {
    /** A warm-up epoch's figures: its number (from 1), the epochs, and its mean loss. */
    public record Epoch(int epoch, int epochs, double loss) {
        /** "epoch 3 of 20, loss 0.7142". */
        public String describe() {
            return String.format(Locale.ROOT, "epoch %d of %d, loss %.4f", epoch, epochs, loss);
        }
    }

    /** Asked before every step: whether to go on (a stopped run answers false). */
    public interface Steps {
        boolean goOn() throws InterruptedException;

        /** Told after each epoch. */
        void epochEnded(Epoch epoch);
    }

    /** The smallest batch of crops. */
    static final int MIN_BATCH = 64;

    private final int trunkLayers;
    private final int classes;
    private final int side;
    private final int inputSize;
    private final int channels;
    private final int epochs;
    private final boolean flip;
    private final Normalisation normalisation;
    private final MultiLayerNetwork classifier;
    private final List<DetectionExample> examples;
    private final List<BoxAt> boxes;
    private final long seed;

    private TrunkWarmUp(Detector detector, List<LayerSpec> trunk, int side, LayerGraph network,
                        List<DetectionExample> examples, Normalisation normalisation, boolean flip, long seed,
                        IUpdater updater) {
        this.trunkLayers = trunk.size();
        this.classes = detector.classes();
        this.inputSize = detector.inputSize();
        this.channels = detector.input().channels();
        this.epochs = detector.head().warmUpEpochs();
        this.flip = flip;
        this.normalisation = normalisation;
        this.examples = List.copyOf(examples);
        this.seed = seed;
        this.boxes = boxesOf(examples);
        this.side = side;
        this.classifier = new MultiLayerNetwork(Dl4jModels.multiLayer(network, seed, updater, 0));
        classifier.init();
    }

    /**
     * The warm-up of {@code network}'s trunk on {@code train}'s boxes, or empty when its head asks for none, there is
     * one class (nothing to tell apart), the training images have no box, or the network has no trunk of plain
     * layers that can read a crop.
     *
     * @param flip whether crops are flipped half the time (as the run's augmentation flips)
     */
    public static Optional<TrunkWarmUp> of(LayerGraph network, List<DetectionExample> train,
                                           Normalisation normalisation, boolean flip, long seed, IUpdater updater) {
        Optional<Detector> detector = Detector.of(network);
        if (detector.isEmpty() || detector.get().head().warmUpEpochs() == 0 || detector.get().classes() < 2
                || train.stream().allMatch(e -> e.truths().isEmpty())) {
            return Optional.empty();
        }
        Optional<List<LayerSpec>> trunk = trunk(network);
        if (trunk.isEmpty()) {
            return Optional.empty();
        }
        Detector shape = detector.get();
        int side = cropSide(train, shape.inputSize() / shape.grid(), shape.inputSize());
        GraphBuilder graph = new GraphBuilder(new TensorShape.Image(side, side, shape.input().channels()));
        trunk.get().forEach(graph::then);
        LayerGraph classifier = graph.then(new LayerSpec.GlobalPooling(LayerSpec.PoolType.AVG))
                .then(new LayerSpec.Output(shape.classes(), LayerSpec.OutputKind.SOFTMAX_CLASSIFICATION))
                .build();
        // A trunk that shrinks a crop to nothing (unpadded convolutions, say) cannot learn on crops.
        if (!ShapeInference.analyse(classifier).ok()) {
            return Optional.empty();
        }
        return Optional.of(new TrunkWarmUp(shape, trunk.get(), side, classifier, train, normalisation, flip, seed,
                updater));
    }

    /** The layers from the input to the one feeding the head, when they form a plain chain. */
    static Optional<List<LayerSpec>> trunk(LayerGraph network) {
        if (!Dl4jModels.isChain(network)) {
            return Optional.empty();
        }
        List<LayerSpec> layers = new ArrayList<>();
        for (LayerNode node : network.nodes()) {
            if (!(node.spec() instanceof LayerSpec.Input)) {
                layers.add(node.spec());
            }
        }
        // The head and the convolution making its channels are the detector's own.
        if (layers.size() < 3 || !(layers.get(layers.size() - 1) instanceof LayerSpec.YoloHead)
                || !(layers.get(layers.size() - 2) instanceof LayerSpec.Conv2D)) {
            return Optional.empty();
        }
        List<LayerSpec> trunk = layers.subList(0, layers.size() - 2);
        boolean plain = trunk.stream().allMatch(s -> s instanceof LayerSpec.Conv2D || s instanceof LayerSpec.BatchNorm
                || s instanceof LayerSpec.ActivationLayer || s instanceof LayerSpec.Pooling2D
                || s instanceof LayerSpec.Dropout);
        return plain && trunk.stream().anyMatch(s -> s instanceof LayerSpec.Conv2D)
                ? Optional.of(List.copyOf(trunk)) : Optional.empty();
    }

    /**
     * The crops' side: a quarter more than the boxes' median longer side, rounded up to a multiple of the trunk's
     * reduction, at least two cells and at most the input.
     */
    static int cropSide(List<DetectionExample> examples, int reduction, int inputSize) {
        List<Double> sides = new ArrayList<>();
        for (DetectionExample example : examples) {
            for (GroundTruth truth : example.inputTruths()) {
                Shape.Box box = truth.box();
                sides.add(Math.max(box.x2() - box.x1(), box.y2() - box.y1()));
            }
        }
        Collections.sort(sides);
        double median = sides.isEmpty() ? inputSize : sides.get(sides.size() / 2);
        int side = (int) Math.ceil(1.25 * median / reduction) * reduction;
        return Math.min(inputSize, Math.max(2 * reduction, side));
    }

    public int epochs() {
        return epochs;
    }

    public int crops() {
        return boxes.size();
    }

    /** The crops' side in pixels. */
    public int side() {
        return side;
    }

    /**
     * Learns for the head's warm-up epochs in batches of the run's {@code runBatch} crops, at least
     * {@value #MIN_BATCH} (crops are small), seeded; false when {@code steps} said stop (the trunk is then left as it
     * was).
     */
    public boolean train(int runBatch, Steps steps) throws InterruptedException {
        int batch = Math.max(MIN_BATCH, runBatch);
        Nd4j.getRandom().setSeed(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Random random = new Random(seed * 1_000_003L + epoch);
            int[] order = DetectorTrainer.shuffled(boxes.size(), random);
            double loss = 0;
            int done = 0;
            for (int from = 0; from < order.length; from += batch) {
                if (!steps.goOn()) {
                    return false;
                }
                classifier.fit(crops(examples, boxes, order, from, Math.min(order.length, from + batch), random));
                loss += classifier.score();
                done++;
            }
            steps.epochEnded(new Epoch(epoch + 1, epochs, loss / Math.max(1, done)));
        }
        return true;
    }

    /** The share of {@code test}'s boxes whose centred crop the classifier names right. */
    public double accuracy(List<DetectionExample> test) {
        List<BoxAt> all = boxesOf(test);
        long right = 0;
        for (int from = 0; from < all.size(); from += 256) {
            DataSet data = crops(test, all, null, from, Math.min(all.size(), from + 256), null);
            right += named(classifier.output(data.getFeatures(), false), data.getLabels());
        }
        return (double) right / Math.max(1, all.size());
    }

    /**
     * Copies the trunk's weights into the detector's first layers; {@code layerParams} gives a detector layer's
     * parameter views by its DL4J name (a chain's layers are named by their index).
     */
    public void startTrunk(Function<String, Map<String, INDArray>> layerParams) {
        for (int i = 0; i < trunkLayers; i++) {
            Map<String, INDArray> from = classifier.getLayer(i).paramTable();
            Map<String, INDArray> to = layerParams.apply(String.valueOf(i));
            for (Map.Entry<String, INDArray> param : from.entrySet()) {
                INDArray target = to.get(param.getKey());
                if (target == null || !Arrays.equals(target.shape(), param.getValue().shape())) {
                    throw new IllegalStateException("the detector's layer " + i + " does not match its trunk's "
                            + param.getKey());
                }
                target.assign(param.getValue());
            }
        }
    }

    /** A box to cut a crop around: its image's index and the box in the detector's input pixels. */
    private record BoxAt(int image, GroundTruth truth) {
    }

    /** Every box of every image, each mapped into the input once (not again for every crop of every epoch). */
    private static List<BoxAt> boxesOf(List<DetectionExample> images) {
        List<BoxAt> all = new ArrayList<>();
        for (int e = 0; e < images.size(); e++) {
            for (GroundTruth truth : images.get(e).inputTruths()) {
                all.add(new BoxAt(e, truth));
            }
        }
        return all;
    }

    private static long named(INDArray probabilities, INDArray labels) {
        long[] predicted = probabilities.argMax(1).toLongVector();
        long[] truth = labels.argMax(1).toLongVector();
        long right = 0;
        for (int i = 0; i < predicted.length; i++) {
            right += predicted[i] == truth[i] ? 1 : 0;
        }
        return right;
    }

    /**
     * Crops of {@code boxes[order[from..to)]} (all in order when {@code order} is null), centred on their boxes;
     * jittered by up to an eighth of the side, and flipped when the run flips, when {@code random} is given.
     */
    private DataSet crops(List<DetectionExample> images, List<BoxAt> boxes, int[] order, int from, int to,
                          Random random) {
        int n = to - from;
        int plane = side * side;
        float[] features = new float[n * channels * plane];
        float[] labels = new float[n * classes];
        float[] mean = normalisation.mean();
        float[] std = normalisation.std();
        int jitter = Math.max(1, side / 8);
        for (int i = 0; i < n; i++) {
            BoxAt at = boxes.get(order == null ? from + i : order[from + i]);
            DetectionExample example = images.get(at.image());
            GroundTruth truth = at.truth();
            Shape.Box box = truth.box();
            int cx = (int) Math.round((box.x1() + box.x2()) / 2)
                    + (random == null ? 0 : random.nextInt(2 * jitter + 1) - jitter);
            int cy = (int) Math.round((box.y1() + box.y2()) / 2)
                    + (random == null ? 0 : random.nextInt(2 * jitter + 1) - jitter);
            boolean flipped = random != null && flip && random.nextBoolean();
            int left = cx - side / 2;
            int top = cy - side / 2;
            byte[] pixels = example.pixels();
            for (int c = 0; c < channels; c++) {
                float inverse = 1f / std[c];
                int source = c * inputSize * inputSize;
                int target = (i * channels + c) * plane;
                for (int y = 0; y < side; y++) {
                    int sy = top + y;
                    for (int x = 0; x < side; x++) {
                        int sx = left + (flipped ? side - 1 - x : x);
                        float value = sy < 0 || sy >= inputSize || sx < 0 || sx >= inputSize ? 0
                                : (pixels[source + sy * inputSize + sx] & 0xFF) / 255f;
                        features[target + y * side + x] = (value - mean[c]) * inverse;
                    }
                }
            }
            labels[i * classes + truth.classIndex()] = 1;
        }
        return new DataSet(Nd4j.create(features, new long[] {n, channels, side, side}, 'c'),
                Nd4j.create(labels, new long[] {n, classes}, 'c'));
    }
}
