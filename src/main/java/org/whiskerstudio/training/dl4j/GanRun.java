package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.dataset.dl4j.TrainingTensors;
import org.whiskerstudio.training.GanImages;
import org.whiskerstudio.training.GanListener;
import org.whiskerstudio.training.GanMetricLog;
import org.whiskerstudio.training.GanSamples;
import org.whiskerstudio.training.GanSettings;
import org.whiskerstudio.training.GanStep;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunProgress;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;

/**
 * A GAN run inside the training service: {@link GanTrainer}'s loop with the run's records around it. Each step goes
 * to iterations.csv (both losses) and to the listener, both as a {@link GanStep} and as an {@link IterationMetric}
 * (the discriminator's loss, with the step count and throughput that drive progress and the time left); each sample
 * grid becomes samples/step-NNNNNN.png; finished epochs and pauses go to the run's row.
 */
final class GanRun {
    private GanRun() {
    }

    record Job(long runId, Architecture gan, TrainingConfig config, GanSettings settings, RunFolder folder,
               TrainingTensors data, TrainingControl control, TrainingListener listener, RunRecorder recorder) {
    }

    /** Why this GAN cannot train with these settings on classes {@code classes}; empty when it can. */
    static List<String> problems(Architecture gan, GanSettings settings, List<String> classes) {
        List<String> problems = new ArrayList<>(settings.problems());
        try {
            GanTrainer.noiseSize(gan);
            GanTrainer.imageShape(gan);
        } catch (RuntimeException e) {
            problems.add("\"" + gan.name() + "\" cannot train as a GAN: " + e.getMessage() + ".");
        }
        if (classes.isEmpty()) {
            problems.add("The project has no labelled images to learn from.");
        }
        settings.learnedClass().filter(c -> !classes.contains(c)).ifPresent(c ->
                problems.add("The project has no labelled class named \"" + c + "\"; it has " + String.join(", ", classes) + "."));
        return problems;
    }

    static TrainingOutcome run(Job job) throws IOException, InterruptedException {
        long perEpoch = Math.max(1, (job.data().trainExamples() + job.config().batchSize() - 1) / job.config().batchSize());
        job.listener().onStart(job.runId(), job.config().epochs(), perEpoch, 0);
        try (Nd4jThreads ignored = Nd4jThreads.apply(job.config().threads());
             GanMetricLog log = new GanMetricLog(job.folder())) {
            Bridge bridge = new Bridge(job, log);
            GanTrainer.Outcome outcome = GanTrainer.run(new GanTrainer.Job(job.gan(), job.data(), job.config().epochs(),
                    job.config().learningRate(), job.config().seed(), job.settings().samples(),
                    job.settings().sampleEvery(), job.folder().root(), job.control(), bridge));
            int epochs = outcome.status() == RunStatus.COMPLETED ? job.config().epochs() : bridge.epochsDone;
            return new TrainingOutcome(outcome.status(), outcome.message(), bridge.progress(epochs));
        }
    }

    /** Tees the loop's events to the run's files, its row and the listener. */
    private static final class Bridge implements GanListener {
        private final Job job;
        private final GanMetricLog log;
        private final Throughput throughput = new Throughput();
        private final long started = System.nanoTime();
        private long last = started;
        private long pausedAt = -1;
        private long pausedNanos;
        private int epochsDone;

        Bridge(Job job, GanMetricLog log) {
            this.job = job;
            this.log = log;
        }

        @Override
        public void onStep(GanStep step) {
            long now = System.nanoTime();
            double rate = throughput.add(job.config().batchSize(), now - last);
            last = now;
            try {
                log.append(step);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + job.folder().iterations() + ": " + e.getMessage(), e);
            }
            if (step.epoch() - 1 > epochsDone) {
                epochsDone = step.epoch() - 1;
                job.recorder().progress(progress(epochsDone));
            }
            job.listener().onIteration(new IterationMetric(step.epoch(), step.iteration(), step.discriminatorLoss(), rate));
            job.listener().onStep(step);
        }

        @Override
        public void onSamples(GanSamples samples) {
            try {
                log.flush();
                Files.createDirectories(job.folder().samples(samples.iteration()).getParent());
                AtomicFiles.write(job.folder().samples(samples.iteration()), GanImages.png(GanImages.grid(samples)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the samples of step " + samples.iteration() + " to "
                        + job.folder().root() + ": " + e.getMessage(), e);
            }
            job.listener().onSamples(samples);
        }

        @Override
        public void onWarning(String warning) {
            job.listener().onWarning(warning);
        }

        @Override
        public void onStatus(RunStatus status, String message) {
            long now = System.nanoTime();
            if (status == RunStatus.PAUSED && pausedAt < 0) {
                pausedAt = now;
            } else if (status == RunStatus.RUNNING && pausedAt >= 0) {
                pausedNanos += now - pausedAt;
                pausedAt = -1;
                // The pause is not a slow step.
                last = now;
            }
            job.recorder().status(status, message);
            job.listener().onStatus(status, message);
        }

        RunProgress progress(int epochs) {
            long millis = (System.nanoTime() - started - pausedNanos) / 1_000_000;
            return new RunProgress(epochs, millis, OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty());
        }
    }
}
