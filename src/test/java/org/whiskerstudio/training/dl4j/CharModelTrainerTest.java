package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Edge;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerNode;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.text.CharCorpus;
import org.whiskerstudio.dataset.text.CharData;
import org.whiskerstudio.dataset.text.CharVocabulary;
import org.whiskerstudio.training.CheckpointState;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.MetricFiles;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TextSample;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingControl;

/** The next-character trainer on a corpus with an obvious pattern, small enough to learn in a second. */
@Tag("engine")
class CharModelTrainerTest {
    static final int STEPS = 12;

    @TempDir
    Path dir;

    /** Input, one LSTM of {@code units}, a per-step softmax over the vocabulary. */
    static LayerGraph tinyModel(int vocabulary, int units) {
        return new LayerGraph(List.of(
                new LayerNode("input", "Input", new LayerSpec.Input(new TensorShape.Sequence(STEPS, vocabulary))),
                new LayerNode("lstm1", "LSTM 1", new LayerSpec.Lstm(units, true)),
                new LayerNode("output1", "Output", new LayerSpec.Output(vocabulary,
                        LayerSpec.OutputKind.SOFTMAX_CLASSIFICATION))),
                List.of(new Edge("input", "lstm1"), new Edge("lstm1", "output1")));
    }

    static CharData pattern() {
        return CharData.of(new CharCorpus("abcd".repeat(400), 1), STEPS);
    }

    static class Heard extends Jobs.Heard {
        final List<TextSample> samples = new CopyOnWriteArrayList<>();

        @Override
        public void onTextSample(TextSample sample) {
            samples.add(sample);
        }
    }

    private CharModelTrainer.Job job(CharData data, TrainingConfig config, TrainingControl control, Heard heard) {
        return new CharModelTrainer.Job(1, tinyModel(data.vocabulary().size(), 24), config, new RunFolder(dir), data,
                control, heard, RunRecorder.NONE, false, 0, new CharModelTrainer.Sampling(10, 40, 0.5, 7));
    }

    @Test
    void validationLossFallsAndSamplesRepeatThePattern() throws Exception {
        CharData data = pattern();
        Heard heard = new Heard();
        TrainingOutcome outcome = CharModelTrainer.run(job(data, Jobs.config(6, 16, Optimizer.ADAM, 0.02, 0),
                new TrainingControl(), heard));

        assertEquals(RunStatus.COMPLETED, outcome.status(), outcome.message());
        double firstStep = heard.iterations.get(0).loss();
        // Untrained, every one of the 5 symbols is about as likely: ln 5 nats per character.
        assertEquals(Math.log(data.vocabulary().size()), firstStep, 0.3);
        double lastValidation = heard.epochs.get(heard.epochs.size() - 1).validationLoss();
        assertTrue(lastValidation < 0.2 * heard.epochs.get(0).validationLoss() || lastValidation < 0.05,
                "validation loss " + heard.epochs.get(0).validationLoss() + " -> " + lastValidation);
        String last = heard.samples.get(heard.samples.size() - 1).text();
        assertTrue(last.startsWith(CharModelTrainer.primer(data.vocabulary())));
        assertTrue(last.contains("abcdabcdabcd"), last);
        assertTrue(Files.isRegularFile(CharModelTrainer.vocabularyFile(new RunFolder(dir))));
        assertEquals(data.vocabulary(), CharVocabulary.load(CharModelTrainer.vocabularyFile(new RunFolder(dir))));
        assertTrue(Files.isRegularFile(new RunFolder(dir).checkpoint(6)));
    }

    @Test
    void stopFromTheListenerTakesEffectWithinOneStep() throws Exception {
        TrainingControl control = new TrainingControl();
        Heard heard = new Heard() {
            @Override
            public void onIteration(IterationMetric metric) {
                super.onIteration(metric);
                if (metric.iteration() == 3) {
                    control.stop();
                }
            }
        };
        TrainingOutcome outcome = CharModelTrainer.run(job(pattern(), Jobs.config(5, 8, Optimizer.ADAM, 0.01, 0),
                control, heard));

        assertEquals(RunStatus.STOPPED, outcome.status());
        assertEquals(3, heard.iterations.size());
    }

    @Test
    void samplesComeEveryNStepsWithTheSamePrimer() throws Exception {
        Heard heard = new Heard();
        CharModelTrainer.run(job(pattern(), Jobs.config(1, 8, Optimizer.ADAM, 0.01, 0), new TrainingControl(), heard));

        int steps = heard.iterations.size();
        // every 10 steps, and one at the end of the epoch unless it ends on a tenth step
        assertEquals(steps / 10 + (steps % 10 == 0 ? 0 : 1), heard.samples.size());
        assertEquals(heard.samples.stream().map(TextSample::iteration).distinct().count(), heard.samples.size());
        assertTrue(heard.samples.stream().allMatch(s -> s.text().startsWith(s.primer()) && s.text().length() == s.primer().length() + 40));
    }

    @Test
    void aStoppedRunResumedFromItsCheckpointEndsWhereAnUninterruptedOneDoes() throws Exception {
        CharData data = pattern();
        TrainingConfig config = Jobs.config(3, 16, Optimizer.ADAM, 0.02, 0);
        Path straight = dir.resolve("straight");
        Heard whole = new Heard();
        CharModelTrainer.run(job(data, config, new TrainingControl(), whole, straight, false));

        Path split = dir.resolve("split");
        TrainingControl control = new TrainingControl();
        long perEpoch = whole.iterations.size() / 3;
        Heard first = new Heard() {
            @Override
            public void onIteration(IterationMetric metric) {
                super.onIteration(metric);
                if (metric.iteration() == perEpoch + 2) {
                    control.stop();
                }
            }
        };
        assertEquals(RunStatus.STOPPED, CharModelTrainer.run(job(data, config, control, first, split, false)).status());
        Heard rest = new Heard();
        TrainingOutcome resumed = CharModelTrainer.run(job(data, config, new TrainingControl(), rest, split, true));

        assertEquals(RunStatus.COMPLETED, resumed.status(), resumed.message());
        assertEquals(Jobs.timeless(whole.epochs).subList(1, 3), Jobs.timeless(rest.epochs));
        assertEquals(whole.samples.get(whole.samples.size() - 1).text(), rest.samples.get(rest.samples.size() - 1).text());
    }

    @Test
    void aStopInsideTheFirstEpochIsSavedAndResumesFromThatStep() throws Exception {
        CharData data = pattern();
        TrainingConfig config = Jobs.config(2, 16, Optimizer.ADAM, 0.02, 0);
        Heard whole = new Heard();
        CharModelTrainer.run(job(data, config, new TrainingControl(), whole, dir.resolve("straight"), false));
        long perEpoch = whole.iterations.size() / 2;
        long stopAt = perEpoch / 2;

        Path split = dir.resolve("split");
        TrainingControl control = new TrainingControl();
        Heard first = new Heard() {
            @Override
            public void onIteration(IterationMetric metric) {
                super.onIteration(metric);
                if (metric.iteration() == stopAt) {
                    control.stop();
                }
            }
        };
        TrainingOutcome stopped = CharModelTrainer.run(job(data, config, control, first, split, false));

        assertEquals(RunStatus.STOPPED, stopped.status());
        assertTrue(stopped.message().contains("Stopped after step " + stopAt + " of epoch 1 of 2"), stopped.message());
        RunFolder folder = new RunFolder(split);
        CheckpointState saved = folder.readCheckpointState().orElseThrow();
        assertEquals(0, saved.epoch());
        assertEquals(stopAt, saved.iteration());
        assertEquals((int) stopAt, saved.stepsIntoEpoch());
        assertTrue(Files.isRegularFile(folder.checkpoint(saved)));

        Heard rest = new Heard();
        TrainingOutcome resumed = CharModelTrainer.run(job(data, config, new TrainingControl(), rest, split, true));

        assertEquals(RunStatus.COMPLETED, resumed.status(), resumed.message());
        assertEquals(stopAt + 1, rest.iterations.get(0).iteration());
        // The first epoch's mean training loss includes the steps before the stop: the same as uninterrupted.
        assertEquals(Jobs.timeless(whole.epochs), Jobs.timeless(rest.epochs));
        assertEquals(whole.samples.get(whole.samples.size() - 1).text(), rest.samples.get(rest.samples.size() - 1).text());
        assertEquals(whole.iterations.stream().map(IterationMetric::iteration).toList(),
                MetricFiles.iterations(folder, Integer.MAX_VALUE).stream().map(IterationMetric::iteration).toList());
        assertEquals(List.of(folder.checkpoint(2)), zips(split));
    }

    @Test
    void aCrashInsideAnEpochResumesFromTheLastTimedCheckpoint() throws Exception {
        CharData data = pattern();
        TrainingConfig config = Jobs.config(2, 16, Optimizer.ADAM, 0.02, 0);
        Heard whole = new Heard();
        CharModelTrainer.run(job(data, config, new TrainingControl(), whole, dir.resolve("straight"), false));
        long perEpoch = whole.iterations.size() / 2;
        long crashAt = perEpoch + 3;

        Path split = dir.resolve("split");
        Heard first = new Heard() {
            @Override
            public void onIteration(IterationMetric metric) {
                super.onIteration(metric);
                if (metric.iteration() == crashAt) {
                    throw new IllegalStateException("power cut");
                }
            }
        };
        // Every 0 ms: a checkpoint after every step, so the last one before the crash is at the step before it.
        assertThrows(IllegalStateException.class, () -> CharModelTrainer.run(new CharModelTrainer.Job(1,
                tinyModel(data.vocabulary().size(), 24), config, new RunFolder(split), data, new TrainingControl(),
                first, RunRecorder.NONE, false, 0, new CharModelTrainer.Sampling(10, 40, 0.5, 7), 0)));
        CheckpointState saved = new RunFolder(split).readCheckpointState().orElseThrow();
        assertEquals(1, saved.epoch());
        assertEquals(crashAt - 1, saved.iteration());
        assertEquals(List.of(new RunFolder(split).checkpoint(saved)), zips(split));

        Heard rest = new Heard();
        TrainingOutcome resumed = CharModelTrainer.run(job(data, config, new TrainingControl(), rest, split, true));

        assertEquals(RunStatus.COMPLETED, resumed.status(), resumed.message());
        assertEquals(crashAt, rest.iterations.get(0).iteration());
        assertEquals(Jobs.timeless(whole.epochs).subList(1, 2), Jobs.timeless(rest.epochs));
        assertEquals(whole.samples.get(whole.samples.size() - 1).text(), rest.samples.get(rest.samples.size() - 1).text());
    }

    private static List<Path> zips(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("checkpoint-")
                    && p.getFileName().toString().endsWith(".zip")).sorted().toList();
        }
    }

    @Test
    void resumingAfterTheTextsChangedIsRefused() throws Exception {
        TrainingConfig config = Jobs.config(1, 16, Optimizer.ADAM, 0.02, 0);
        CharModelTrainer.run(job(pattern(), config, new TrainingControl(), new Heard(), dir, false));
        CharData other = CharData.of(new CharCorpus("abce".repeat(400), 1), STEPS);

        Exception e = Assertions.assertThrows(IOException.class, () -> CharModelTrainer.run(
                job(other, config.withEpochs(2), new TrainingControl(), new Heard(), dir, true)));
        assertTrue(e.getMessage().contains("texts have changed"), e.getMessage());
    }

    private CharModelTrainer.Job job(CharData data, TrainingConfig config, TrainingControl control, Heard heard,
                                     Path folder, boolean resume) {
        return new CharModelTrainer.Job(1, tinyModel(data.vocabulary().size(), 24), config, new RunFolder(folder), data,
                control, heard, RunRecorder.NONE, resume, 0, new CharModelTrainer.Sampling(10, 40, 0.5, 7));
    }
}
