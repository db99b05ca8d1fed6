package org.whiskerstudio.bench.dl4j;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Adam;
import org.whiskerstudio.architecture.Detector;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.detection.BoxAugmentation;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.detection.DetectionExample;
import org.whiskerstudio.detection.DetectionSettings;
import org.whiskerstudio.detection.DetectorOutput;
import org.whiskerstudio.detection.NonMaxSuppression;
import org.whiskerstudio.detection.YoloGrid;
import org.whiskerstudio.detection.dl4j.DetectionBatches;
import org.whiskerstudio.detection.dl4j.YoloOutputs;
import org.whiskerstudio.training.Schedule;
import org.whiskerstudio.training.dl4j.DetectorTrainer;
import org.whiskerstudio.training.dl4j.FoldedBatchNorm;
import org.whiskerstudio.training.dl4j.TrunkWarmUp;

/**
 * The detection benchmark's network: a detector template trained on in-memory examples with Adam (the studio's
 * batches and augmentation, seeded order per epoch), then asked for every image's boxes and timed on one image at a
 * time.
 */
public final class CanvasDetector {
    /**
     * How the benchmark trains. {@code cpuTime}: the budget of minutes counts this process's CPU time instead of
     * the wall clock, so runs on a shared machine get the same work whatever else runs beside them. {@code ema}: the
     * decay of an exponential moving average of the weights (YOLOv5's, ramped up as 1 - e^(-steps / 2000)) that
     * the evaluations and the trained detector use; 0 for none.
     */
    public record Options(int epochs, int batch, double learningRate, BoxAugmentation augmentation, long seed,
                          Schedule schedule, double minutes, boolean cpuTime, double ema) {
    }

    /** Training's figures: images per second over all epochs, the seconds it took and the CPU seconds it used. */
    public record Trained(double imagesPerSecond, double seconds, double cpuSeconds) {
        /** Images per second of CPU time. */
        public double imagesPerCpuSecond() {
            return imagesPerSecond * seconds / cpuSeconds;
        }
    }

    private final MultiLayerNetwork net;
    private final LayerGraph graph;
    private final YoloGrid grid;
    private final int anchors;
    private final DetectionBatches batches;
    private final Normalisation normalisation;
    private TrunkWarmUp warmedUp;

    /** @param weightDecay decoupled weight decay ({@link Dl4jModels#multiLayer}), 0 for none */
    public CanvasDetector(LayerGraph graph, Normalisation normalisation, long seed, double learningRate,
                          double weightDecay) {
        Detector detector = Detector.of(graph).orElseThrow();
        this.net = new MultiLayerNetwork(Dl4jModels.multiLayer(graph, seed, new Adam(learningRate), weightDecay));
        net.init();
        this.normalisation = normalisation;
        this.graph = graph;
        this.grid = new YoloGrid(detector.inputSize(), detector.grid(), detector.classes());
        this.anchors = detector.anchors().size();
        this.batches = new DetectionBatches(grid, detector.input().channels(), normalisation);
    }

    /** Trains, printing each epoch's mean loss and time. */
    public Trained train(List<DetectionExample> train, Options options, PrintWriter out) {
        return train(train, options, out, epoch -> { });
    }

    /**
     * Trains, printing each epoch's mean loss and time and calling {@code afterEpoch} with the epoch's number (from 1)
     * after each; the time it takes counts neither in the budget nor in the figures.
     */
    public Trained train(List<DetectionExample> train, Options options, PrintWriter out, IntConsumer afterEpoch) {
        long[] excluded = new long[2];
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        LongSupplier elapsed = options.cpuTime() ? () -> cpuNanos() - cpuStart - excluded[1]
                : () -> System.nanoTime() - start - excluded[0];
        Random draws = new Random(options.seed());
        long budget = (long) (options.minutes() * 60e9);
        Optional<TrunkWarmUp> warmUp = TrunkWarmUp.of(graph, train, normalisation,
                options.augmentation().flipHorizontal(), options.seed(), new Adam(options.learningRate()));
        long detectorStart = 0;
        if (warmUp.isPresent()) {
            TrunkWarmUp trunk = warmUp.get();
            out.printf(Locale.ROOT, "warming up the trunk on %,d box crops of %d px for %d epochs%n", trunk.crops(),
                    trunk.side(), trunk.epochs());
            try {
                trunk.train(options.batch(), new TrunkWarmUp.Steps() {
                    @Override
                    public boolean goOn() {
                        return elapsed.getAsLong() < budget;
                    }

                    @Override
                    public void epochEnded(TrunkWarmUp.Epoch epoch) {
                        out.printf(Locale.ROOT, "  warm-up %s, %.1f min%n", epoch.describe(),
                                elapsed.getAsLong() / 60e9);
                        out.flush();
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while warming up", e);
            }
            trunk.startTrunk(name -> net.getLayer(Integer.parseInt(name)).paramTable());
            detectorStart = elapsed.getAsLong();
            warmedUp = trunk;
        }
        int images = 0;
        INDArray average = null;
        long updates = 0;
        for (int epoch = 0; epoch < options.epochs() && elapsed.getAsLong() < budget; epoch++) {
            long t0 = System.nanoTime();
            int[] order = DetectorTrainer.shuffled(train.size(), new Random(options.seed() * 1_000_003L + epoch));
            double sum = 0;
            int steps = 0;
            for (int from = 0; from < order.length && elapsed.getAsLong() < budget; from += options.batch()) {
                int to = Math.min(order.length, from + options.batch());
                DataSet batch = batches.of(train, order, from, to, options.augmentation(), draws);
                net.setLearningRate(options.learningRate() * factor(options, epoch,
                        (elapsed.getAsLong() - detectorStart) / Math.max(1.0, budget - detectorStart)));
                net.fit(batch);
                if (options.ema() > 0) {
                    updates++;
                    double decay = options.ema() * (1 - Math.exp(-updates / 2000.0));
                    average = average == null ? net.params().dup()
                            : average.muli(decay).addi(net.params().mul(1 - decay));
                }
                images += to - from;
                sum += net.score();
                steps++;
            }
            out.printf(Locale.ROOT, "epoch %d: loss %.4f, %.1f s%n", epoch + 1, sum / steps,
                    (System.nanoTime() - t0) / 1e9);
            out.flush();
            long wall = System.nanoTime();
            long cpu = cpuNanos();
            if (average == null) {
                afterEpoch.accept(epoch + 1);
            } else {
                INDArray trained = net.params().dup();
                net.setParams(average);
                afterEpoch.accept(epoch + 1);
                net.setParams(trained);
            }
            excluded[0] += System.nanoTime() - wall;
            excluded[1] += cpuNanos() - cpu;
        }
        if (average != null) {
            net.setParams(average);
        }
        double seconds = (System.nanoTime() - start - excluded[0]) / 1e9;
        if (elapsed.getAsLong() >= budget) {
            out.printf(Locale.ROOT, "stopped at the %s budget of %.1f min%n", options.cpuTime() ? "CPU time" : "time",
                    options.minutes());
        }
        return new Trained(images / seconds, seconds, (cpuNanos() - cpuStart - excluded[1]) / 1e9);
    }

    /**
     * The rate's factor: the schedule over the epochs, except that a cosine decay runs over the time budget when the
     * budget, not the epochs, ends training (so the rate reaches ~0 when time is up); {@code timeShare} is the part
     * of the detector's budget (after any warm-up) used so far.
     */
    private static double factor(Options options, int epoch, double timeShare) {
        if (options.schedule() == Schedule.COSINE) {
            double epochShare = (double) epoch / options.epochs();
            return 0.5 * (1 + Math.cos(Math.PI * Math.max(Math.min(1, timeShare), epochShare)));
        }
        return options.schedule().factor(epoch, options.epochs());
    }

    /** This process's CPU time so far. */
    public static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Every example's boxes after {@code nms} as offered and as mAP's candidates, in batches of 32. */
    public List<DetectorOutput.Answer> detect(List<DetectionExample> examples, NonMaxSuppression nms) {
        DetectorOutput decoder = new DetectorOutput(grid, anchors, DetectionSettings.DEFAULTS);
        List<DetectorOutput.Answer> all = new ArrayList<>();
        for (int from = 0; from < examples.size(); from += 32) {
            List<DetectionExample> batch = examples.subList(from, Math.min(examples.size(), from + 32));
            float[][] rows = YoloOutputs.rows(net.output(batches.features(batch.stream()
                    .map(DetectionExample::pixels).toList()), false), grid, anchors, batch.size());
            for (int i = 0; i < rows.length; i++) {
                all.add(decoder.answer(rows[i], batch.get(i).letterbox(), nms));
            }
        }
        return all;
    }

    /**
     * Milliseconds to find one image's boxes (standardise, forward pass, decode, NMS), each of {@code times}, on the
     * network as the studio runs a trained detector: its batch normalisations folded ({@link FoldedBatchNorm}).
     */
    public double[] latencies(List<DetectionExample> examples, int times) {
        NonMaxSuppression nms = DetectionSettings.DEFAULTS.nms();
        MultiLayerNetwork inference = FoldedBatchNorm.of(graph, net).orElse(net);
        for (int i = 0; i < 10; i++) {
            inference.output(batches.features(List.of(examples.get(i % examples.size()).pixels())), false);
        }
        double[] millis = new double[times];
        for (int i = 0; i < times; i++) {
            DetectionExample one = examples.get(i % examples.size());
            long t0 = System.nanoTime();
            INDArray output = inference.output(batches.features(List.of(one.pixels())), false);
            nms.apply(YoloOutputs.decode(output, grid, anchors, List.of(one.letterbox()), nms.scoreThreshold())
                    .get(0));
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    /** The warm-up the last training ran first, if any (to ask how well its trunk names crops). */
    public Optional<TrunkWarmUp> warmedUp() {
        return Optional.ofNullable(warmedUp);
    }
}
