package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.architecture.Detector;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.detection.BoxAugmentation;
import org.whiskerstudio.detection.DetectionData;
import org.whiskerstudio.detection.DetectionExample;
import org.whiskerstudio.detection.YoloGrid;
import org.whiskerstudio.detection.dl4j.DetectionBatches;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.MetricLog;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;

/**
 * Trains a detector in {@link EpochTrainer}'s loop (checkpoints, best model, early stopping on the validation loss,
 * pause and stop before every step): each epoch visits the training images in a seeded order, each moved with its
 * boxes by a seeded augmentation draw, and the validation loss is DL4J's YOLO loss on the unmoved validation images.
 * Seeded per epoch, so a resumed run goes on with the batches an uninterrupted one would have had.
 */
public final class DetectorTrainer extends EpochTrainer {
    /** One run's inputs, as {@link Dl4jTrainer.Job} with boxed images in place of labelled tensors. */
    public record Job(long runId, LayerGraph network, TrainingConfig config, RunFolder folder, DetectionData data,
                      TrainingControl control, TrainingListener listener, RunRecorder recorder, boolean resume,
                      long priorMillis, BoxAugmentation augmentation) {
    }

    private final Job job;
    private final DetectionBatches batches;

    private DetectorTrainer(Job job) {
        super(new Setup(job.runId(), job.network(), job.config(), job.folder(), job.control(), job.listener(),
                job.recorder(), job.resume(), job.priorMillis()));
        this.job = job;
        Detector detector = Detector.of(job.network())
                .orElseThrow(() -> new IllegalArgumentException("The network does not end in a YOLO head."));
        YoloGrid grid = new YoloGrid(detector.inputSize(), detector.grid(), detector.classes());
        this.batches = new DetectionBatches(grid, job.data().channels(), job.data().normalisation());
    }

    /** Runs the job to its end; the caller records the outcome as the run's final status. */
    public static TrainingOutcome run(Job job) throws IOException, InterruptedException {
        try (Nd4jThreads ignored = Nd4jThreads.apply(job.config().threads())) {
            return new DetectorTrainer(job).train();
        }
    }

    @Override
    protected void writeInputs() throws IOException {
        folder.writeNormalisation(job.data().normalisation());
    }

    /** The trunk's warm-up on the training boxes' crops, when the head asks for one ({@link TrunkWarmUp}). */
    @Override
    protected Optional<TrainingOutcome> beforeFirstEpoch() throws InterruptedException {
        Optional<TrunkWarmUp> warmUp = TrunkWarmUp.of(job.network(), job.data().train(), job.data().normalisation(),
                job.augmentation().flipHorizontal(), config.seed(),
                Updaters.of(config.optimizer(), config.learningRateAt(0)));
        if (warmUp.isEmpty()) {
            return Optional.empty();
        }
        TrunkWarmUp trunk = warmUp.get();
        String what = String.format(Locale.ROOT, "Warming up the trunk on %,d box crops (%d px) first",
                trunk.crops(), trunk.side());
        signals.status(RunStatus.RUNNING, what);
        boolean done = trunk.train(config.batchSize(), new TrunkWarmUp.Steps() {
            @Override
            public boolean goOn() throws InterruptedException {
                return signals.awaitRunnable(job.control());
            }

            @Override
            public void epochEnded(TrunkWarmUp.Epoch epoch) {
                signals.status(RunStatus.RUNNING, what + ": " + epoch.describe());
            }
        });
        if (!done) {
            return Optional.of(outcome(RunStatus.STOPPED, "Stopped while warming up the trunk, before the first "
                    + "epoch: there is no checkpoint to resume from."));
        }
        trunk.startTrunk(net::layerParams);
        return Optional.empty();
    }

    @Override
    protected long stepsPerEpoch() {
        return (job.data().train().size() + config.batchSize() - 1) / config.batchSize();
    }

    @Override
    protected Pass steps(int epoch, MetricLog log) throws IOException, InterruptedException {
        Nd4j.getRandom().setSeed(config.seed() * 1_000_003L + epoch);
        List<DetectionExample> train = job.data().train();
        int[] order = shuffled(train.size(), new Random(config.seed() * 1_000_003L + epoch));
        Random draws = new Random(config.seed() * 7_919L + epoch);
        long iteration = state.iteration();
        double lossSum = 0;
        int steps = 0;
        for (int from = 0; from < order.length; from += config.batchSize()) {
            if (!signals.awaitRunnable(job.control())) {
                log.flush();
                return new Ended(stopped(epoch));
            }
            long start = System.nanoTime();
            int to = Math.min(order.length, from + config.batchSize());
            DataSet batch = batches.of(train, order, from, to, job.augmentation(), draws);
            net.fit(batch);
            double loss = net.lastLoss();
            iteration++;
            if (!Double.isFinite(loss)) {
                log.flush();
                return new Ended(diverged(epoch, loss));
            }
            lossSum += loss;
            steps++;
            IterationMetric metric = new IterationMetric(epoch + 1, iteration, loss,
                    throughput.add(to - from, System.nanoTime() - start));
            log.append(metric);
            job.listener().onIteration(metric);
        }
        return new Finished(iteration, lossSum / Math.max(1, steps), Double.NaN);
    }

    /** A seeded Fisher-Yates order of {@code n} indices (the bench's detector shuffles its epochs the same way). */
    public static int[] shuffled(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    @Override
    protected Optional<Score> validate() {
        return job.data().validationPart().map(part -> new Score(loss(part), Double.NaN));
    }

    /** The inference-mode YOLO loss over the images, weighted by batch size. */
    private double loss(List<DetectionExample> part) {
        int[] order = java.util.stream.IntStream.range(0, part.size()).toArray();
        double sum = 0;
        for (int from = 0; from < order.length; from += config.batchSize()) {
            int to = Math.min(order.length, from + config.batchSize());
            sum += net.loss(batches.of(part, order, from, to)) * (to - from);
        }
        return sum / Math.max(1, part.size());
    }

    @Override
    protected boolean hasValidation() {
        return job.data().validationPart().isPresent();
    }

    @Override
    protected Optional<TrainingOutcome> judgeValidation(int epoch, long iteration, double validationLoss) {
        return Double.isFinite(validationLoss) ? Optional.empty() : Optional.of(diverged(epoch, validationLoss));
    }

    private TrainingOutcome diverged(int epoch, double loss) {
        String kept = state.epoch() == 0 ? "No epoch had finished, so there is no checkpoint."
                : "The last good checkpoint (epoch " + state.epoch() + ") is kept.";
        return outcome(RunStatus.DIVERGED, "The loss became " + loss + " in epoch " + (epoch + 1)
                + ": training diverged. Lower the learning rate (try 1e-4). " + kept);
    }

    @Override
    protected String watchedLoss() {
        return hasValidation() ? "Validation loss" : "Training loss";
    }

    @Override
    protected String bestLoss(double loss) {
        return watchedLoss().toLowerCase(Locale.ROOT) + " " + String.format(Locale.ROOT, "%.4f", loss);
    }
}
