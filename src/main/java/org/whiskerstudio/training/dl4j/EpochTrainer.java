package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.util.Optional;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.training.CheckpointState;
import org.whiskerstudio.training.EpochMetric;
import org.whiskerstudio.training.MetricFiles;
import org.whiskerstudio.training.MetricLog;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;

/**
 * The epoch loop of the trainers that keep checkpoints (classifier, character model), run on the calling thread:
 * a fresh network (new weights or a start model's, see {@link RunStart}) or the one of the run's last checkpoint, then
 * epochs, each ending with its metrics, a checkpoint,
 * the best model when the watched loss improved, and early stopping once it has not for {@code patience} epochs. The
 * run clock leaves pauses out, and {@link RunSignals} reports them. A trainer supplies what differs: what it writes
 * beside a fresh network, one epoch's steps (where pause and stop are checked), its validation score and the words
 * for its loss.
 */
abstract class EpochTrainer {
    /**
     * A run's inputs that every trainer has.
     *
     * @param resume      go on from the folder's last checkpoint instead of starting fresh
     * @param priorMillis training time of the run's earlier sessions
     * @param start       the weights a fresh network takes and the epochs its layers below the output are frozen
     */
    record Setup(long runId, LayerGraph network, TrainingConfig config, RunFolder folder, TrainingControl control,
                 TrainingListener listener, RunRecorder recorder, boolean resume, long priorMillis, RunStart start) {
        /** A run from new weights. */
        Setup(long runId, LayerGraph network, TrainingConfig config, RunFolder folder, TrainingControl control,
              TrainingListener listener, RunRecorder recorder, boolean resume, long priorMillis) {
            this(runId, network, config, folder, control, listener, recorder, resume, priorMillis, RunStart.FRESH);
        }
    }

    /** How an epoch's training steps went: the run ended inside them, or they finished. */
    sealed interface Pass permits Ended, Finished {
    }

    /** The run ended during the epoch's steps (stopped, diverged). */
    record Ended(TrainingOutcome outcome) implements Pass {
    }

    /** The epoch's steps are done: the step count after them, the mean training loss, the accuracy (NaN if none). */
    record Finished(long iteration, double loss, double accuracy) implements Pass {
    }

    /** A validation part's loss and accuracy after an epoch. */
    record Score(double loss, double accuracy) {
    }

    protected final Setup setup;
    protected final TrainingConfig config;
    protected final RunFolder folder;
    protected final RunClock clock;
    protected final RunSignals signals;
    protected final Throughput throughput = new Throughput();
    protected Network net;
    protected CheckpointState state;
    private long lastCheckpointNanos;

    protected EpochTrainer(Setup setup) {
        this.setup = setup;
        this.config = setup.config();
        this.folder = setup.folder();
        this.clock = new RunClock(setup.priorMillis());
        this.signals = new RunSignals(setup.recorder(), setup.listener(), clock);
    }

    /** Writes what a fresh run's folder needs beside its checkpoints (normalisation, vocabulary). */
    protected abstract void writeInputs() throws IOException;

    /** Fits a start model's replaced output layer alone before the first epoch ({@link HeadFit}). */
    protected void fitNewOutput() {
    }

    /**
     * What a fresh run does before its first epoch, saying so in its status (a detector's trunk warm-up); an outcome
     * ends the run there (stopped before any checkpoint).
     */
    protected Optional<TrainingOutcome> beforeFirstEpoch() throws InterruptedException {
        return Optional.empty();
    }

    /** @throws IOException when the run's folder no longer fits its data, saying why */
    protected void checkResumable() throws IOException {
    }

    /** Steps in one epoch, as the listener's progress counts them. */
    protected abstract long stepsPerEpoch();

    /** The epoch's training steps, each after {@link RunSignals#awaitRunnable}; {@code epoch} is 0-based. */
    protected abstract Pass steps(int epoch, MetricLog log) throws IOException, InterruptedException;

    /** The validation part's score of the network as it is; empty without a validation part. */
    protected abstract Optional<Score> validate();

    protected abstract boolean hasValidation();

    /** An end the validation loss forces on the run; none unless a trainer says so. */
    protected Optional<TrainingOutcome> judgeValidation(int epoch, long iteration, double validationLoss) {
        return Optional.empty();
    }

    /** Called after each finished epoch's checkpoint and report. */
    protected void epochEnded(int epoch, long iteration) {
    }

    /** The watched loss, as it opens the early-stopping sentence ("Validation loss"). */
    protected abstract String watchedLoss();

    /** The best loss as the outcome's sentence gives it in brackets ("validation loss 0.1234"). */
    protected abstract String bestLoss(double loss);

    final TrainingOutcome train() throws IOException, InterruptedException {
        if (setup.resume()) {
            state = folder.readCheckpointState().orElseThrow(() -> new IOException(
                    "Run " + setup.runId() + " has no checkpoint in " + folder.root() + " to resume from."));
            checkResumable();
            MetricFiles.truncateAfter(folder, state);
            net = Network.restore(setup.network(), folder.checkpoint(state));
        } else {
            state = CheckpointState.start();
            net = setup.start().network(setup.network(), config);
            writeInputs();
        }
        setup.listener().onStart(setup.runId(), config.epochs(), stepsPerEpoch(), state.iteration());
        if (!setup.resume() && setup.start().replacesOutput()) {
            signals.status(RunStatus.RUNNING, "Fitting the new output layer to the kept layers first");
            fitNewOutput();
        }
        if (!setup.resume()) {
            Optional<TrainingOutcome> end = beforeFirstEpoch();
            if (end.isPresent()) {
                return end.get();
            }
        }
        signals.status(RunStatus.RUNNING, "");
        lastCheckpointNanos = clock.activeNanos();
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

    /** One pass over the training part; empty when the run goes on. */
    private Optional<TrainingOutcome> epoch(int epoch, MetricLog log) throws IOException, InterruptedException {
        long epochStart = clock.activeNanos();
        double rate = config.learningRateAt(epoch);
        net.setLearningRate(rate);
        setup.start().beforeEpoch(net, setup.network(), epoch);
        Pass pass = steps(epoch, log);
        if (pass instanceof Ended ended) {
            return Optional.of(ended.outcome());
        }
        Finished done = (Finished) pass;
        Optional<Score> validation = validate();
        double validationLoss = validation.map(Score::loss).orElse(Double.NaN);
        if (validation.isPresent()) {
            Optional<TrainingOutcome> end = judgeValidation(epoch, done.iteration(), validationLoss);
            if (end.isPresent()) {
                return end;
            }
        }
        EpochMetric metric = new EpochMetric(epoch + 1, done.iteration(), done.loss(), done.accuracy(), validationLoss,
                validation.map(Score::accuracy).orElse(Double.NaN), rate,
                (clock.activeNanos() - epochStart) / 1_000_000);
        endEpoch(metric, validation.isPresent() ? validationLoss : metric.trainLoss());
        log.append(metric);
        Checkpoints.save(net, folder, state);
        lastCheckpointNanos = clock.activeNanos();
        setup.recorder().progress(TrainingOutcome.progress(state, validation.isPresent(), state.elapsedMillis()));
        setup.listener().onEpoch(metric);
        epochEnded(epoch, done.iteration());
        if (config.patience() > 0 && state.epochsWithoutImprovement() >= config.patience()
                && epoch + 1 < config.epochs()) {
            return Optional.of(outcome(RunStatus.EARLY_STOPPED, watchedLoss() + " has not improved for "
                    + config.patience() + (config.patience() == 1 ? " epoch" : " epochs") + bestSentence()));
        }
        return Optional.empty();
    }

    /** Moves the state to the end of {@code metric}'s epoch, saving best.zip when the watched loss improved. */
    private void endEpoch(EpochMetric metric, double watched) throws IOException {
        state = state.after(metric.epoch(), metric.iteration(), watched, metric.validationAccuracy(),
                clock.elapsedMillis());
        if (state.bestEpoch() == metric.epoch()) {
            Checkpoints.saveBest(net, folder);
        }
    }

    /**
     * A checkpoint after {@code steps} steps of the current epoch, written after the metric lines it covers are
     * flushed, so a resume truncates nothing it has.
     */
    protected final void checkpointInside(int steps, long iteration, double lossSum) throws IOException {
        state = state.inside(steps, iteration, lossSum, clock.elapsedMillis());
        Checkpoints.save(net, folder, state);
        lastCheckpointNanos = clock.activeNanos();
        setup.recorder().progress(TrainingOutcome.progress(state, hasValidation(), state.elapsedMillis()));
    }

    /** Training time since the last checkpoint was written (or this session began). */
    protected final long nanosSinceCheckpoint() {
        return clock.activeNanos() - lastCheckpointNanos;
    }

    protected final TrainingOutcome stopped(int epoch) {
        return outcome(RunStatus.STOPPED, state.stoppedMessage(epoch, config.epochs()));
    }

    protected final TrainingOutcome outcome(RunStatus status, String message) {
        return new TrainingOutcome(status, message, TrainingOutcome.progress(state, hasValidation(),
                clock.elapsedMillis()));
    }

    private String bestSentence() {
        return state.hasBest() ? "; the best model is from epoch " + state.bestEpoch() + " ("
                + bestLoss(state.bestLoss()) + ")." : ".";
    }
}
