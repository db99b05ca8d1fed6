package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.app.cli.WhiskerCli;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.dataset.text.TextFixtures;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.CharacterRunNote;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.NotAClassifier;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TextGeneration;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.TrainingSession;

/** The training service sends a character model to the text trainer; its run then writes text from the CLI. */
@Tag("engine")
class CharacterRunsTest {
    @TempDir
    Path dir;

    private static void saveTinyModel(ProjectStore store) {
        new ArchitectureStore(store).save(new Architecture("Chars", CharModelTrainerTest.tinyModel(5, 24), Optional.empty()));
    }

    @Test
    void theServiceTrainsACharacterModelOnTheProjectsTextsAndTheRunWritesText() throws Exception {
        Path folder = dir.resolve("p");
        long runId;
        try (ProjectStore store = ProjectStore.create(folder, "p")) {
            TextFixtures.addText(store, "one.txt", "abcd".repeat(250), Optional.empty());
            TextFixtures.addText(store, "two.txt", "abcd".repeat(250), Optional.empty());
            saveTinyModel(store);
            CharModelTrainerTest.Heard heard = new CharModelTrainerTest.Heard();
            Dl4jTrainingService service = Dl4jTrainingService.forProject(store);
            TrainingRun run = service.start(new TrainingRequest("Chars", Jobs.config(6, 16, Optimizer.ADAM, 0.02, 0), ""),
                    heard).finished().toCompletableFuture().get(120, TimeUnit.SECONDS);

            assertEquals(RunStatus.COMPLETED, run.status(), run.message());
            assertTrue(run.message().contains("bits per character"), run.message());
            assertTrue(Files.isRegularFile(CharModelTrainer.vocabularyFile(new RunStore(store).folder(run.id()))));
            assertTrue(!heard.samples.isEmpty() && !heard.epochs.isEmpty());
            String text = TextGenerator.ofRun(store, run.id()).generate(new TextGeneration("ab", 40, 0.3, 1));
            assertTrue(text.startsWith("ab") && text.contains("abcdabcd"), text);
            runId = run.id();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WhiskerCli.run(new PrintWriter(out), new PrintWriter(err), "generate-text", folder.toString(),
                "--run", Long.toString(runId), "--primer", "cd", "--length", "30", "--temperature", "0.5");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("cd") && out.toString().contains("abcdabc"), out.toString());

        StringWriter hot = new StringWriter();
        assertEquals(1, WhiskerCli.run(new PrintWriter(new StringWriter()), new PrintWriter(hot), "generate-text",
                folder.toString(), "--run", Long.toString(runId), "--temperature", "7"));
        assertTrue(hot.toString().contains("temperature must be 0.1 to 2.0"), hot.toString());
        StringWriter none = new StringWriter();
        assertEquals(1, WhiskerCli.run(new PrintWriter(new StringWriter()), new PrintWriter(none), "generate-text",
                folder.toString(), "--run", "99"));
        assertTrue(none.toString().contains("There is no run 99"), none.toString());
    }

    @Test
    void aProjectWithoutTextIsRefusedBeforeARunIsRecorded() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "p")) {
            saveTinyModel(store);
            Dl4jTrainingService service = Dl4jTrainingService.forProject(store);

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> service.start(
                    new TrainingRequest("Chars", Jobs.config(1, 8, Optimizer.ADAM, 0.01, 0), ""), TrainingListener.NONE));
            assertTrue(e.getMessage().contains("no text examples"), e.getMessage());
            assertTrue(service.runs().isEmpty());
        }
    }

    @Test
    void aModelWhoseVocabularyNoLongerFitsTheTextsSaysToPickTheTemplateAgain() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "p")) {
            TextFixtures.addText(store, "one.txt", "abcdefgh".repeat(100), Optional.empty());
            saveTinyModel(store);

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dl4jTrainingService
                    .forProject(store).start(new TrainingRequest("Chars", Jobs.config(1, 8, Optimizer.ADAM, 0.01, 0),
                            ""), TrainingListener.NONE));
            assertTrue(e.getMessage().contains("the texts use 9 symbols: pick the charlstm template again"),
                    e.getMessage());
        }
    }

    @Test
    void loadingACharacterRunAsAClassifierSaysWhatItIsAndWhereItsTextIs() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("q"), "q")) {
            RunStore runs = new RunStore(store);
            TrainingRun run = runs.create("Chars #1", new Architecture("Chars", CharModelTrainerTest.tinyModel(5, 24),
                    Optional.empty()), TrainingConfig.defaults(),
                    Provenance.here("test", "cpu", ""));

            NotAClassifier e = assertThrows(NotAClassifier.class,
                    () -> TrainedModel.ofRun(store, run.id()));

            assertTrue(e.getMessage().startsWith("Run \"Chars #1\" (run " + run.id() + ") is a character model"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("whisker generate-text"), e.getMessage());
            assertTrue(CharacterRunNote.isCharacterRun(run));
        }
    }

    @Test
    void aRunStoppedInItsFirstEpochIsResumableThroughTheServiceAndFinishes() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("r"), "r")) {
            TextFixtures.addText(store, "one.txt", "abcd".repeat(250), Optional.empty());
            saveTinyModel(store);
            Dl4jTrainingService service = Dl4jTrainingService.forProject(store);
            AtomicReference<TrainingSession> session =
                    new AtomicReference<>();
            CharModelTrainerTest.Heard heard = new CharModelTrainerTest.Heard() {
                @Override
                public void onIteration(IterationMetric metric) {
                    super.onIteration(metric);
                    if (metric.iteration() == 4) {
                        while (session.get() == null) {
                            Thread.onSpinWait();
                        }
                        session.get().control().stop();
                    }
                }
            };
            session.set(service.start(new TrainingRequest("Chars", Jobs.config(2, 16, Optimizer.ADAM, 0.02, 0), ""),
                    heard));
            TrainingRun stopped = session.get().finished().toCompletableFuture().get(120, TimeUnit.SECONDS);

            assertEquals(RunStatus.STOPPED, stopped.status(), stopped.message());
            assertEquals(0, stopped.epochsDone());
            assertTrue(stopped.message().startsWith("Stopped after step 4 of epoch 1 of 2"), stopped.message());
            assertTrue(stopped.canResume());

            CharModelTrainerTest.Heard rest = new CharModelTrainerTest.Heard();
            TrainingRun done = service.resume(stopped.id(), rest).finished().toCompletableFuture()
                    .get(120, TimeUnit.SECONDS);

            assertEquals(RunStatus.COMPLETED, done.status(), done.message());
            assertEquals(5, rest.iterations.get(0).iteration());
            assertEquals(2, done.epochsDone());
        }
    }
}
