package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.dataset.dl4j.TrainingTensors;
import org.whiskerstudio.training.CheckpointState;
import org.whiskerstudio.training.EpochMetric;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.MetricFiles;
import org.whiskerstudio.training.MetricLog;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;

/**
 * Trains one run on the calling thread until it completes, is stopped, stops early or diverges. Every epoch ends with
 * a checkpoint (model and updater state); a resumed run starts at the epoch after it, and because the data and the
 * random generator are seeded per epoch, it ends exactly where an uninterrupted run would.
 */
public final class Dl4jTrainer {
    /**
     * One run's inputs.
     *
     * @param resume      go on from the folder's last checkpoint instead of starting fresh
     * @param priorMillis training time of the run's earlier sessions
     */
    public record Job(long runId, LayerGraph network, TrainingConfig config, RunFolder folder, TrainingTensors data,
                      TrainingControl control, TrainingListener listener, RunRecorder recorder, boolean resume,
                      long priorMillis) {
    }

    /** Training accuracy is measured on every this-many steps. */
    static final int ACCURACY_EVERY = 4;

    private final Job job;
    private final TrainingConfig config;
    private final RunFolder folder;
    private final boolean hasValidation;
    private final Throughput throughput = new Throughput();
    private final RunClock clock;
    private final RunSignals signals;
    private Network net;
    private CheckpointState state;

    private Dl4jTrainer(Job job) {
        this.job = job;
        this.config = job.config();
        this.folder = job.folder();
        this.hasValidation = job.data().validation().isPresent();
        this.clock = new RunClock(job.priorMillis());
        this.signals = new RunSignals(job.recorder(), job.listener(), clock);
    }

    /** Runs the job to its end; the caller records the outcome as the run's final status. */
    public static TrainingOutcome run(Job job) throws IOException, InterruptedException {
        try (Nd4jThreads ignored = Nd4jThreads.apply(job.config().threads())) {
            return new Dl4jTrainer(job).train();
        }
    }

    private TrainingOutcome train() throws IOException, InterruptedException {
        if (job.resume()) {
            state = folder.readCheckpointState().orElseThrow(() -> new IOException(
                    "Run " + job.runId() + " has no checkpoint in " + folder.root() + " to resume from."));
            MetricFiles.truncateAfter(folder, state);
            net = Network.restore(job.network(), folder.checkpoint(state.epoch()));
        } else {
            state = CheckpointState.start();
            net = Network.create(job.network(), config);
            folder.writeNormalisation(job.data().normalisation());
        }
        long perEpoch = (job.data().trainExamples() + config.batchSize() - 1) / config.batchSize();
        job.listener().onStart(job.runId(), config.epochs(), perEpoch, state.iteration());
        signals.status(RunStatus.RUNNING, "");
        try (MetricLog log = new MetricLog(folder)) {
            for (int epoch = state.epoch(); epoch < config.epochs(); epoch++) {
                Optional<TrainingOutcome> end = epoch(epoch, log);
                if (end.isPresent()) {
                    return end.get();
                }
            }
        }
        return outcome(RunStatus.COMPLETED, "Trained " + config.epochs() + " epochs" + bestSentence());
    }

    /** One pass over the training part; empty when the run goes on. {@code epoch} is 0-based. */
    private Optional<TrainingOutcome> epoch(int epoch, MetricLog log) throws IOException, InterruptedException {
        long epochStart = activeNanos();
        // Dropout masks come from ND4J's per-thread generator: seeding it per epoch makes a resumed epoch identical.
        Nd4j.getRandom().setSeed(config.seed() * 1_000_003L + epoch);
        double rate = config.learningRateAt(epoch);
        net.setLearningRate(rate);
        EpochScore train = new EpochScore();
        long iteration = state.iteration();
        DataSetIterator batches = job.data().train(epoch);
        while (batches.hasNext()) {
            if (!signals.awaitRunnable(job.control())) {
                log.flush();
                return Optional.of(stopped(epoch));
            }
            long start = System.nanoTime();
            DataSet batch = batches.next();
            net.fit(batch);
            double loss = net.lastLoss();
            iteration++;
            if (!Double.isFinite(loss)) {
                log.flush();
                return Optional.of(diverged(epoch, iteration, loss));
            }
            train.addLoss(batch, loss);
            // A prediction costs ~40% of a step (LeNet, measured): training accuracy is sampled, last batch included.
            if (iteration % ACCURACY_EVERY == 0 || !batches.hasNext()) {
                train.addPredictions(batch, net.predict(batch));
            }
            long examples = batch.getFeatures().size(0);
            IterationMetric metric = new IterationMetric(epoch + 1, iteration,
                    loss, throughput.add(examples, System.nanoTime() - start));
            log.append(metric);
            job.listener().onIteration(metric);
        }
        Optional<EpochScore> validation = job.data().validation().map(part -> EpochScore.of(net, part));
        double validationLoss = validation.map(EpochScore::loss).orElse(Double.NaN);
        if (validation.isPresent() && !Double.isFinite(validationLoss)) {
            return Optional.of(diverged(epoch, iteration, validationLoss));
        }
        EpochMetric metric = new EpochMetric(epoch + 1, iteration, train.loss(), train.accuracy(), validationLoss,
                validation.map(EpochScore::accuracy).orElse(Double.NaN), rate, (activeNanos() - epochStart) / 1_000_000);
        endEpoch(metric, validation.isPresent() ? validationLoss : train.loss());
        log.append(metric);
        Checkpoints.save(net, folder, state);
        job.recorder().progress(TrainingOutcome.progress(state, validation.isPresent(), state.elapsedMillis()));
        job.listener().onEpoch(metric);
        if (config.patience() > 0 && state.epochsWithoutImprovement() >= config.patience()
                && epoch + 1 < config.epochs()) {
            return Optional.of(outcome(RunStatus.EARLY_STOPPED, lossName() + " has not improved for "
                    + config.patience() + (config.patience() == 1 ? " epoch" : " epochs") + bestSentence()));
        }
        return Optional.empty();
    }

    /** Moves the state to the end of {@code metric}'s epoch, saving best.zip when the watched loss improved. */
    private void endEpoch(EpochMetric metric, double watched) throws IOException {
        state = state.after(metric.epoch(), metric.iteration(), watched, metric.validationAccuracy(), elapsedMillis());
        if (state.bestEpoch() == metric.epoch()) {
            Checkpoints.saveBest(net, folder);
        }
    }

    private TrainingOutcome stopped(int epoch) {
        return outcome(RunStatus.STOPPED, state.stoppedMessage(epoch, config.epochs()));
    }

    private TrainingOutcome diverged(int epoch, long iteration, double loss) {
        String kept = state.epoch() == 0 ? "No epoch had finished, so there is no checkpoint."
                : "The last good checkpoint (epoch " + state.epoch() + ") is kept.";
        return outcome(RunStatus.DIVERGED, "The loss became " + (Double.isNaN(loss) ? "NaN" : "infinite")
                + " in epoch " + (epoch + 1) + " (step " + iteration + "): training diverged. Try: lower the learning "
                + "rate (try 1e-4), use batch normalisation, check for corrupt images. " + kept);
    }

    private TrainingOutcome outcome(RunStatus status, String message) {
        return new TrainingOutcome(status, message,
                TrainingOutcome.progress(state, hasValidation, elapsedMillis()));
    }

    private String lossName() {
        return hasValidation ? "Validation loss" : "Training loss";
    }

    private String bestSentence() {
        return state.hasBest() ? "; the best model is from epoch " + state.bestEpoch() + " ("
                + lossName().toLowerCase(Locale.ROOT) + " " + String.format(Locale.ROOT, "%.4f",
                state.bestLoss()) + ")." : ".";
    }

    private long activeNanos() {
        return clock.activeNanos();
    }

    private long elapsedMillis() {
        return clock.elapsedMillis();
    }
}
