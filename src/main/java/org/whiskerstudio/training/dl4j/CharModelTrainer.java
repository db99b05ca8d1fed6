package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;
import org.whiskerstudio.dataset.text.CharData;
import org.whiskerstudio.dataset.text.CharVocabulary;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.MetricLog;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TextSample;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;

/**
 * Trains a next-character model on the calling thread in {@link EpochTrainer}'s loop: each epoch visits the training
 * windows in a seeded order (back-propagation truncated at window edges), measures loss and next-character accuracy
 * on the validation tail, writes a checkpoint, and writes a text sample from a fixed primer and seed every
 * {@link Sampling#everySteps()} steps and at its end. Losses are per character, in nats. Pause, resume and stop are
 * checked before every step.
 * <p>
 * An epoch of a real book takes a quarter of an hour or more, so the trainer also checkpoints inside an epoch: when
 * stopped (at the step it stopped after, so a stop loses nothing) and, against a crash or a kill, after the first step
 * that ends {@link Job#checkpointEveryMillis()} of training after the last checkpoint. By time rather than every N
 * steps because a step costs from milliseconds to seconds with the model and machine: time bounds the work lost, a
 * step count would either write a multi-megabyte zip every few seconds or leave an hour unsaved. Resuming skips the
 * steps the checkpoint had taken; the window order is seeded per epoch and the ND4J seed per step, so it goes on with
 * exactly the batches, and the randomness, an uninterrupted run would have had.
 */
public final class CharModelTrainer extends EpochTrainer {
    /** How the live samples are written. */
    public record Sampling(int everySteps, int length, double temperature, long seed) {
        public static Sampling defaults(long seed) {
            return new Sampling(20, 240, 0.8, seed);
        }
    }

    /** One run's inputs, as {@link Dl4jTrainer.Job} with the text in place of labelled images. */
    public record Job(long runId, LayerGraph network, TrainingConfig config, RunFolder folder, CharData data,
                      TrainingControl control, TrainingListener listener, RunRecorder recorder, boolean resume,
                      long priorMillis, Sampling sampling, long checkpointEveryMillis) {
        /** At most five minutes of training lost to a crash. */
        public static final long CHECKPOINT_EVERY_MILLIS = 5 * 60_000L;

        public Job(long runId, LayerGraph network, TrainingConfig config, RunFolder folder, CharData data,
                   TrainingControl control, TrainingListener listener, RunRecorder recorder, boolean resume,
                   long priorMillis, Sampling sampling) {
            this(runId, network, config, folder, data, control, listener, recorder, resume, priorMillis, sampling,
                    CHECKPOINT_EVERY_MILLIS);
        }
    }

    private final Job job;
    private final CharVocabulary vocabulary;
    private final String primer;

    private CharModelTrainer(Job job) {
        super(new Setup(job.runId(), job.network(), job.config(), job.folder(), job.control(), job.listener(),
                job.recorder(), job.resume(), job.priorMillis()));
        this.job = job;
        this.vocabulary = job.data().vocabulary();
        this.primer = primer(vocabulary);
    }

    /** Where a run keeps its vocabulary. */
    public static Path vocabularyFile(RunFolder folder) {
        return folder.root().resolve("vocabulary.json");
    }

    /** "The " when the vocabulary has its characters, else its most ordinary known character. */
    static String primer(CharVocabulary vocabulary) {
        if ("The ".codePoints().allMatch(c -> vocabulary.indexOf(c) != CharVocabulary.UNKNOWN_INDEX)) {
            return "The ";
        }
        return vocabulary.symbol(Math.min(1, vocabulary.size() - 1));
    }

    public static TrainingOutcome run(Job job) throws IOException, InterruptedException {
        if (!Dl4jModels.isChain(job.network())) {
            throw new IllegalArgumentException("A character model must be one chain of layers (no branches or merges).");
        }
        try (Nd4jThreads ignored = Nd4jThreads.apply(job.config().threads())) {
            return new CharModelTrainer(job).train();
        }
    }

    @Override
    protected void checkResumable() throws IOException {
        if (!CharVocabulary.load(vocabularyFile(folder)).equals(vocabulary)) {
            throw new IOException("The project's texts have changed since run " + job.runId() + " began: its "
                    + "characters are not the ones the model learnt. Start a new run instead.");
        }
    }

    @Override
    protected void writeInputs() throws IOException {
        vocabulary.save(vocabularyFile(folder));
    }

    @Override
    protected long stepsPerEpoch() {
        return job.data().train().batches(config.seed(), 0, config.batchSize()).size();
    }

    @Override
    protected Pass steps(int epoch, MetricLog log) throws IOException, InterruptedException {
        long iteration = state.iteration();
        // A checkpoint inside this epoch: its steps are done and already in the metric files.
        int batches = state.stepsIntoEpoch();
        double lossSum = state.epochLossSum();
        int steps = job.data().train().steps();
        List<int[]> order = job.data().train().batches(config.seed(), epoch, config.batchSize());
        for (int[] windows : order.subList(batches, order.size())) {
            if (!signals.awaitRunnable(job.control())) {
                log.flush();
                if (batches > state.stepsIntoEpoch()) {
                    checkpointInside(batches, iteration, lossSum);
                }
                return new Ended(stopped(epoch));
            }
            long start = System.nanoTime();
            // Seeded per step (dropout, if any) so a run resumed inside an epoch draws what it would have drawn.
            Nd4j.getRandom().setSeed(config.seed() * 1_000_003L + iteration);
            DataSet batch = CharBatches.of(job.data().train(), windows, vocabulary.size());
            net.fit(batch);
            // DL4J scores a sequence batch as the sum over steps, averaged over the batch: per character is / steps.
            double loss = net.lastLoss() / steps;
            iteration++;
            if (!Double.isFinite(loss)) {
                log.flush();
                return new Ended(outcome(RunStatus.DIVERGED, "The loss became " + loss + " at step " + iteration
                        + ": training diverged. Lower the learning rate (try 1e-3 or 5e-4)."));
            }
            lossSum += loss;
            batches++;
            IterationMetric metric = new IterationMetric(epoch + 1, iteration, loss,
                    throughput.add(windows.length, System.nanoTime() - start));
            log.append(metric);
            job.listener().onIteration(metric);
            if (iteration % job.sampling().everySteps() == 0) {
                sample(epoch + 1, iteration);
            }
            if (batches < order.size() && nanosSinceCheckpoint() >= job.checkpointEveryMillis() * 1_000_000L) {
                log.flush();
                checkpointInside(batches, iteration, lossSum);
            }
        }
        return new Finished(iteration, lossSum / Math.max(1, batches), Double.NaN);
    }

    @Override
    protected Optional<Score> validate() {
        return job.data().validation().map(v -> CharScore.of(chain(), v, vocabulary.size(), config.batchSize()))
                .map(score -> new Score(score.loss(), score.accuracy()));
    }

    @Override
    protected boolean hasValidation() {
        return job.data().validation().isPresent();
    }

    @Override
    protected void epochEnded(int epoch, long iteration) {
        if (iteration % job.sampling().everySteps() != 0) {
            sample(epoch + 1, iteration); // not twice for the same step
        }
    }

    private void sample(int epoch, long iteration) {
        Sampling s = job.sampling();
        String text = CharSampler.sample(chain(), vocabulary, primer, s.length(), s.temperature(), s.seed());
        job.listener().onTextSample(new TextSample(epoch, iteration, primer, text, s.temperature()));
    }

    private MultiLayerNetwork chain() {
        return ((Network.Chain) net).net();
    }

    @Override
    protected String watchedLoss() {
        return "The loss";
    }

    @Override
    protected String bestLoss(double loss) {
        return String.format(Locale.ROOT, "loss %.3f nats = %.3f bits per character", loss, loss / Math.log(2));
    }
}
