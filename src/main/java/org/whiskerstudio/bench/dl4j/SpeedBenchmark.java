package org.whiskerstudio.bench.dl4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;
import org.whiskerstudio.dataset.ArrayExamples;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.dataset.ImageResizer;
import org.whiskerstudio.dataset.ImageUnreadable;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.dataset.dl4j.ExampleTrainingData;
import org.whiskerstudio.evaluation.ScoredExample;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.dl4j.Nd4jThreads;
import org.whiskerstudio.training.dl4j.Updaters;

/**
 * {@code whisker bench speed}'s engine: one epoch of training through the studio's own batch pipeline (only
 * {@code fit} is timed, as PyTorch's peer script times only forward, backward and step), test accuracy, one-image
 * prediction (the model alone, and from PNG bytes through decode, resize and normalisation) and batch prediction.
 */
public final class SpeedBenchmark {
    /** The two networks of issue #9, as the studio's templates build them. */
    public enum Net {
        LENET(new TensorShape.Image(28, 28, 1)),
        LSTM(new TensorShape.Sequence(28, 28));

        private final TensorShape input;

        Net(TensorShape input) {
            this.input = input;
        }

        public TensorShape input() {
            return input;
        }

        LayerGraph graph(int classes) {
            return this == LENET ? Templates.lenet((TensorShape.Image) input, classes)
                    : Templates.lstmClassifier((TensorShape.Sequence) input, classes);
        }
    }

    /**
     * @param maxBatches        training steps (0 = one full epoch)
     * @param latencyIterations one-image predictions timed each way
     * @param throughputBatches batches timed for batch prediction
     * @param threads           backend threads (0 = the backend's default)
     */
    public record Options(int batchSize, int maxBatches, int latencyIterations, int throughputBatches, long seed,
                          int threads) {
        public static Options defaults() {
            return new Options(64, 0, 200, 100, 42, 0);
        }
    }

    /** Milliseconds of one prediction: median, 90th and 99th percentile. */
    public record Latency(double medianMs, double p90Ms, double p99Ms) {
        static Latency of(double[] ms) {
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return new Latency(sorted[n / 2], sorted[Math.max(0, (int) (0.9 * n) - 1)],
                    sorted[Math.max(0, (int) Math.ceil(0.99 * n) - 1)]);
        }
    }

    /** What one network measured, and with which engine settings. */
    public record Result(String net, long params, int trainedExamples, double trainPerSecond,
                         double trainWallPerSecond, double trainLoss, double testAccuracy, Latency model, Latency png,
                         double batchPerSecond, OrtSpeed onnxRuntime, SpeedSettings settings) {
    }

    private SpeedBenchmark() {
    }

    /** Builds {@code which} with the studio's defaults (Adam 1e-3, the run's seed) and measures it. */
    public static Result run(Net which, SpeedData data, Options options) {
        try (Nd4jThreads ignored = Nd4jThreads.apply(options.threads())) {
            MultiLayerNetwork net = build(which, data, options);
            return measure(which.name().toLowerCase(Locale.ROOT), net, Layout.of(which.input()), data,
                    options);
        }
    }

    /** The network as a training run builds a chain (both nets are chains): the run's seed, updater and decay. */
    static MultiLayerNetwork build(Net which, SpeedData data, Options options) {
        TrainingConfig config = new TrainingConfig(1, options.batchSize(), TrainingConfig.defaults().optimizer(),
                TrainingConfig.defaults().learningRate(), TrainingConfig.defaults().schedule(), 0, options.seed(), 0,
                options.threads(), ResizeMode.STRETCH, Augmentation.none());
        Nd4j.getRandom().setSeed(options.seed());
        MultiLayerNetwork net = new MultiLayerNetwork(Dl4jModels.multiLayer(which.graph(data.classes().size()),
                config.seed(), Updaters.of(config.optimizer(), config.learningRateAt(0)), config.weightDecay()));
        net.init();
        return net;
    }

    /** Measures an already built network fed in {@code layout} (experiments hand their own variants in here). */
    public static Result measure(String name, MultiLayerNetwork net, Layout layout, SpeedData data, Options options) {
        ExampleTrainingData prepared = prepared(layout, data, options);
        Nd4j.getRandom().setSeed(options.seed());
        DataSetIterator batches = prepared.train(0);
        long fitNanos = 0;
        int seen = 0;
        double lossSum = 0;
        long wallStart = System.nanoTime();
        for (int step = 0; batches.hasNext() && (options.maxBatches() == 0 || step < options.maxBatches()); step++) {
            DataSet batch = batches.next();
            long start = System.nanoTime();
            net.fit(batch);
            fitNanos += System.nanoTime() - start;
            int n = (int) batch.getFeatures().size(0);
            seen += n;
            lossSum += net.score() * n;
        }
        double wallSeconds = (System.nanoTime() - wallStart) / 1e9;

        List<INDArray> testBatches = new ArrayList<>();
        double accuracy = accuracy(net, prepared.test().orElseThrow(), testBatches, options.throughputBatches());
        List<INDArray> singles = new ArrayList<>();
        for (int i = 0; i < options.latencyIterations(); i++) {
            INDArray from = testBatches.get(i / options.batchSize() % testBatches.size());
            int k = i % (int) from.size(0);
            singles.add(from.get(NDArrayIndex.interval(k, k + 1)).dup());
        }
        Latency[] latencies = latencies(net, singles, layout, data, prepared);
        double perSecond = batchThroughput(net, testBatches);
        OrtSpeed ort = OrtSpeed.measure(net, inputType(layout, data.side()), singles, testBatches, options.threads());
        return new Result(name, net.numParams(), seen, seen / (fitNanos / 1e9), seen / wallSeconds, lossSum / seen,
                accuracy, latencies[0], latencies[1], perSecond, ort, SpeedSettings.of(net));
    }

    /** The data as the studio's batch pipeline feeds it: the training and test parts, no validation, no augmentation. */
    static ExampleTrainingData prepared(Layout layout, SpeedData data, Options options) {
        return new ExampleTrainingData(data.classes(), data.train(), ArrayExamples.empty(1, data.side(), data.side()),
                data.test(), layout, options.batchSize(), options.seed(), Augmentation.none());
    }

    /** What the network reads, as DL4J lays a grey square image out for {@code layout}. */
    private static InputType inputType(Layout layout, int side) {
        return switch (layout) {
            case IMAGE -> InputType.convolutional(side, side, 1);
            case SEQUENCE -> InputType.recurrent(side, side);
            case VECTOR -> InputType.feedForward((long) side * side);
        };
    }

    /** Accuracy over the whole test part; keeps the first {@code keep} batches' features for throughput. */
    static double accuracy(MultiLayerNetwork net, DataSetIterator test, List<INDArray> kept, int keep) {
        long correct = 0;
        long total = 0;
        while (test.hasNext()) {
            DataSet batch = test.next();
            if (kept.size() < keep) {
                kept.add(batch.getFeatures());
            }
            long[] predicted = net.output(batch.getFeatures(), false).argMax(1).toLongVector();
            long[] truth = batch.getLabels().argMax(1).toLongVector();
            for (int i = 0; i < predicted.length; i++) {
                correct += predicted[i] == truth[i] ? 1 : 0;
            }
            total += predicted.length;
        }
        return (double) correct / total;
    }

    /**
     * One-image prediction, the model alone and from PNG bytes (decode, resize, grey, scale and standardise, lay out,
     * predict, arg max), timed alternately so a busy machine's noise falls on both alike; a warm-up round first.
     */
    private static Latency[] latencies(MultiLayerNetwork net, List<INDArray> singles, Layout layout, SpeedData data,
                                       ExampleTrainingData prepared) {
        int side = data.side();
        ImageResizer resizer = new ImageResizer(new Preprocessing(side, side, 1, ResizeMode.STRETCH));
        float mean = prepared.normalisation().mean()[0];
        float inverse = 1f / prepared.normalisation().std()[0];
        int iterations = singles.size();
        List<byte[]> pngs = data.testPngs(iterations);
        double[] modelMs = new double[iterations];
        double[] pngMs = new double[iterations];
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                net.output(singles.get(i), false);
                modelMs[i] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                byte[] grey;
                try {
                    grey = resizer.load(pngs.get(i));
                } catch (ImageUnreadable e) {
                    throw new IllegalStateException("a PNG written by the benchmark does not decode", e);
                }
                float[] chw = new float[grey.length];
                for (int k = 0; k < grey.length; k++) {
                    chw[k] = ((grey[k] & 0xFF) / 255f - mean) * inverse;
                }
                float[] placed = new float[grey.length];
                layout.place(chw, placed, 0, 1, side, side);
                INDArray x = Nd4j.create(placed, layout.shape(1, 1, side, side), 'c');
                // The arg max in Java, as the studio's Predictor does: an ND4J op for it costs a native call (~1 ms here).
                ScoredExample.argMax(net.output(x, false).toFloatVector());
                pngMs[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return new Latency[] {Latency.of(modelMs), Latency.of(pngMs)};
    }

    private static double batchThroughput(MultiLayerNetwork net, List<INDArray> batches) {
        for (int i = 0; i < Math.min(10, batches.size()); i++) {
            net.output(batches.get(i), false);
        }
        long images = 0;
        long start = System.nanoTime();
        for (INDArray batch : batches) {
            net.output(batch, false);
            images += batch.size(0);
        }
        return images / ((System.nanoTime() - start) / 1e9);
    }
}
