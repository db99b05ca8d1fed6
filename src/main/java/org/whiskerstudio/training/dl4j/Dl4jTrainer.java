package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.dataset.dl4j.TrainingTensors;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.MetricLog;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;

/**
 * Trains a classifier on the calling thread in {@link EpochTrainer}'s loop until it completes, is stopped, stops early
 * or diverges. Every epoch ends with a checkpoint (model and updater state); a resumed run starts at the epoch after
 * it, and because the data and the random generator are seeded per epoch, it ends exactly where an uninterrupted run
 * would.
 */
public class Dl4jTrainer extends EpochTrainer {
    /**
     * One run's inputs.
     *
     * @param resume      go on from the folder's last checkpoint instead of starting fresh
     * @param priorMillis training time of the run's earlier sessions
     * @param start       what a fresh network's weights start from, and its frozen first epochs
     */
    public record Job(long runId, LayerGraph network, TrainingConfig config, RunFolder folder, TrainingTensors data,
                      TrainingControl control, TrainingListener listener, RunRecorder recorder, boolean resume,
                      long priorMillis, RunStart start) {
        /** A run from new weights. */
        public Job(long runId, LayerGraph network, TrainingConfig config, RunFolder folder, TrainingTensors data,
                   TrainingControl control, TrainingListener listener, RunRecorder recorder, boolean resume,
                   long priorMillis) {
            this(runId, network, config, folder, data, control, listener, recorder, resume, priorMillis,
                    RunStart.FRESH);
        }
    }

    /** Training accuracy is measured on every this-many steps. */
    static final int ACCURACY_EVERY = 4;

    private final Job job;

    Dl4jTrainer(Job job) {
        super(new Setup(job.runId(), job.network(), job.config(), job.folder(), job.control(), job.listener(),
                job.recorder(), job.resume(), job.priorMillis(), job.start()));
        this.job = job;
    }

    /** Runs the job to its end; the caller records the outcome as the run's final status. */
    public static TrainingOutcome run(Job job) throws IOException, InterruptedException {
        try (Nd4jThreads ignored = Nd4jThreads.apply(job.config().threads())) {
            return new Dl4jTrainer(job).train();
        }
    }

    @Override
    protected void writeInputs() throws IOException {
        folder.writeNormalisation(job.data().normalisation());
    }

    @Override
    protected void fitNewOutput() {
        HeadFit.fit(net, job.network(), config.learningRateAt(0), job.data()::train,
                () -> !job.control().isStopRequested());
    }

    @Override
    protected long stepsPerEpoch() {
        return (job.data().trainExamples() + config.batchSize() - 1) / config.batchSize();
    }

    @Override
    protected Pass steps(int epoch, MetricLog log) throws IOException, InterruptedException {
        // Dropout masks come from ND4J's per-thread generator: seeding it per epoch makes a resumed epoch identical.
        Nd4j.getRandom().setSeed(config.seed() * 1_000_003L + epoch);
        EpochScore train = new EpochScore();
        long iteration = state.iteration();
        DataSetIterator batches = job.data().train(epoch);
        while (batches.hasNext()) {
            if (!signals.awaitRunnable(job.control())) {
                log.flush();
                return new Ended(stopped(epoch));
            }
            long start = System.nanoTime();
            Optional<DataSet> learned = learned(batches.next());
            if (learned.isEmpty()) {
                continue;
            }
            DataSet batch = learned.get();
            net.fit(batch);
            double loss = net.lastLoss();
            iteration++;
            if (!Double.isFinite(loss)) {
                log.flush();
                return new Ended(diverged(epoch, iteration, loss));
            }
            train.addLoss(batch, loss);
            // A prediction costs ~40% of a step (LeNet, measured): training accuracy is sampled, last batch included.
            if (classifies() && (iteration % ACCURACY_EVERY == 0 || !batches.hasNext())) {
                train.addPredictions(batch, net.predict(batch));
            }
            long examples = batch.getFeatures().size(0);
            IterationMetric metric = new IterationMetric(epoch + 1, iteration,
                    loss, throughput.add(examples, System.nanoTime() - start));
            log.append(metric);
            job.listener().onIteration(metric);
        }
        return new Finished(iteration, train.loss(), train.accuracy());
    }

    /** The batch as the network learns it; empty to skip it. A classifier learns every batch as it comes. */
    protected Optional<DataSet> learned(DataSet batch) {
        return Optional.of(batch);
    }

    /** Whether the network's answers are classes, so accuracy means something. */
    protected boolean classifies() {
        return true;
    }

    @Override
    protected Optional<Score> validate() {
        return job.data().validation().map(part -> classifies() ? EpochScore.of(net, part)
                        : EpochScore.lossOf(net, part, this::learned))
                .map(score -> new Score(score.loss(), score.accuracy()));
    }

    @Override
    protected boolean hasValidation() {
        return job.data().validation().isPresent();
    }

    @Override
    protected Optional<TrainingOutcome> judgeValidation(int epoch, long iteration, double validationLoss) {
        return Double.isFinite(validationLoss) ? Optional.empty()
                : Optional.of(diverged(epoch, iteration, validationLoss));
    }

    private TrainingOutcome diverged(int epoch, long iteration, double loss) {
        String kept = state.epoch() == 0 ? "No epoch had finished, so there is no checkpoint."
                : "The last good checkpoint (epoch " + state.epoch() + ") is kept.";
        return outcome(RunStatus.DIVERGED, "The loss became " + (Double.isNaN(loss) ? "NaN" : "infinite")
                + " in epoch " + (epoch + 1) + " (step " + iteration + "): training diverged. Try: lower the learning "
                + "rate (try 1e-4), use batch normalisation, check for corrupt images. " + kept);
    }

    @Override
    protected String watchedLoss() {
        return hasValidation() ? "Validation loss" : "Training loss";
    }

    @Override
    protected String bestLoss(double loss) {
        // Only the first letter: "negative ELBO" keeps its capitals.
        String watched = watchedLoss();
        return watched.substring(0, 1).toLowerCase(Locale.ROOT) + watched.substring(1) + " "
                + String.format(Locale.ROOT, "%.4f", loss);
    }
}
