package org.whiskerstudio.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.dataset.text.CharCorpus;
import org.whiskerstudio.dataset.text.CharData;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.samples.SampleProjects;
import org.whiskerstudio.training.EpochMetric;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.Schedule;
import org.whiskerstudio.training.TextSample;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.dl4j.CharModelTrainer;
import org.whiskerstudio.training.dl4j.TrainingOutcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code whisker bench charlm}: the Character LSTM template on Moby Dick (the sample, or a project's texts) for a
 * few minutes: loss and bits per character per epoch on the training text and the held-out last 5%, and the text
 * the model writes as it learns.
 */
@Command(name = "charlm", description = "Train the Character LSTM template on Moby Dick for a few minutes; print "
        + "train/validation loss and bits per character per epoch, and samples of the text it writes.")
final class CharLmBench implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--project", description = "a project with texts (default: the Moby Dick sample, made in a temp folder)")
    private Path project;

    @Option(names = "--class", description = "only the texts of this class (default: all the project's texts)")
    private String className;

    @Option(names = "--minutes", description = "stop after this long (default: ${DEFAULT-VALUE})")
    private double minutes = 5;

    @Option(names = "--chars", description = "use only the first N characters of the text, for shorter epochs "
            + "(default: all)")
    private int chars = Integer.MAX_VALUE;

    @Option(names = "--batch", description = "windows per step (default: ${DEFAULT-VALUE})")
    private int batch = 32;

    @Option(names = "--lr", description = "Adam learning rate (default: ${DEFAULT-VALUE})")
    private double learningRate = 2e-3;

    @Option(names = "--sample-every", description = "steps between samples (default: ${DEFAULT-VALUE})")
    private int sampleEvery = 100;

    @Option(names = "--seed", description = "default: ${DEFAULT-VALUE}")
    private long seed = 42;

    @Override
    public Integer call() throws Exception {
        if (!(minutes > 0 && minutes <= 24 * 60) || chars < 1_000 || batch < 1 || sampleEvery < 1) {
            throw new IllegalArgumentException("--minutes must be above 0 (at most a day), --chars at least 1,000, "
                    + "--batch and --sample-every at least 1");
        }
        PrintWriter w = spec.commandLine().getOut();
        Path scratch = Files.createTempDirectory("whisker-bench-charlm");
        Path folder = project != null ? project : SampleProjects.materialise(SampleProjects.ALL.stream()
                .filter(s -> s.id().equals("moby-dick")).findFirst().orElseThrow(), scratch, Progress.NONE,
                new Cancellation());
        CharCorpus corpus;
        try (ProjectStore store = ProjectStore.open(folder)) {
            corpus = CharCorpus.read(store, Optional.ofNullable(className));
        }
        if (corpus.text().length() > chars) {
            corpus = new CharCorpus(corpus.text().substring(0, chars), corpus.examples());
        }
        CharData data = CharData.of(corpus, CharData.STEPS);
        LayerGraph graph = Templates.charLstm(data.vocabulary().size(), CharData.STEPS);
        TrainingConfig config = new TrainingConfig(10_000, batch, Optimizer.ADAM, learningRate, Schedule.CONSTANT, 0,
                seed, 0, 0, ResizeMode.STRETCH, Augmentation.none());
        w.printf(Locale.ROOT, "charlm bench: %,d characters, %d symbols (%,d rare as unknown), 2 x LSTM %d, "
                        + "windows of %d, batch %d, Adam %.0e, %.1f minutes%n", data.corpusChars(),
                data.vocabulary().size(), data.unknownChars(), Templates.CHAR_LSTM_UNITS, CharData.STEPS, batch,
                learningRate, minutes);
        w.printf(Locale.ROOT, "  %,d training windows (%,d steps per epoch), %,d validation windows%n",
                data.train().count(), (data.train().count() + batch - 1) / batch,
                data.validation().map(v -> v.count()).orElse(0));
        w.flush();
        TrainingControl control = new TrainingControl();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "charlm-bench-timer");
            t.setDaemon(true);
            return t;
        });
        timer.schedule(control::stop, Math.round(minutes * 60_000), TimeUnit.MILLISECONDS);
        long t0 = System.nanoTime();
        TrainingOutcome outcome = CharModelTrainer.run(new CharModelTrainer.Job(1, graph, config,
                new RunFolder(scratch.resolve("run")), data, control, printer(w, t0), RunRecorder.NONE, false, 0,
                new CharModelTrainer.Sampling(sampleEvery, 300, 0.8, seed)));
        timer.shutdownNow();
        w.printf("%s: %s%n  run folder %s%n  peak heap %s%n", outcome.status().label(), outcome.message(),
                scratch.resolve("run"), BenchCommand.peakHeap());
        w.flush();
        return 0;
    }

    private static TrainingListener printer(PrintWriter w, long t0) {
        return new TrainingListener() {
            private double window;
            private int count;

            @Override
            public void onIteration(IterationMetric m) {
                window += m.loss();
                count++;
                if (m.iteration() % 25 == 0) {
                    w.printf(Locale.ROOT, "  step %,5d  loss %.3f (%.2f bits/char, mean of last %d)  %.1f windows/s  %.0f s%n",
                            m.iteration(), window / count, window / count / Math.log(2), count, m.examplesPerSecond(),
                            (System.nanoTime() - t0) / 1e9);
                    w.flush();
                    window = 0;
                    count = 0;
                }
            }

            @Override
            public void onEpoch(EpochMetric m) {
                w.printf(Locale.ROOT, "epoch %d (step %,d, %.0f s): train %.3f nats = %.3f bits/char; validation %.3f "
                                + "nats = %.3f bits/char, next-character accuracy %.1f%%%n", m.epoch(), m.iteration(),
                        m.millis() / 1e3, m.trainLoss(), m.trainLoss() / Math.log(2), m.validationLoss(),
                        m.validationLoss() / Math.log(2), 100 * m.validationAccuracy());
                w.flush();
            }

            @Override
            public void onTextSample(TextSample s) {
                w.printf(Locale.ROOT, "---- sample after step %,d (epoch %d, temperature %.1f) ----%n%s%n----%n",
                        s.iteration(), s.epoch(), s.temperature(), s.text());
                w.flush();
            }
        };
    }
}
