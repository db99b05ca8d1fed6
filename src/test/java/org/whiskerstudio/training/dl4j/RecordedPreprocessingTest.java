package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.dataset.DataProfiler;
import org.whiskerstudio.dataset.Encoding;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.ProjectMedia;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.dataset.SequenceFixture;
import org.whiskerstudio.deploy.ModelCard;
import org.whiskerstudio.deploy.dl4j.Bundles;
import org.whiskerstudio.evaluation.ConfusionMatrix;
import org.whiskerstudio.evaluation.Evaluation;
import org.whiskerstudio.evaluation.EvaluationData;
import org.whiskerstudio.evaluation.dl4j.Evaluator;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.training.EpochMetric;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.Schedule;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.TrainingSession;

/** A run records its preprocessing, so later imports of another kind of data do not change how it is fed. */
@Tag("engine")
class RecordedPreprocessingTest {
    @TempDir
    Path temp;

    private static final TrainingConfig SHORT = new TrainingConfig(2, 8, Optimizer.ADAM, 0.01, Schedule.CONSTANT, 0,
            42, 2, 1, ResizeMode.STRETCH, Augmentation.none());

    private static TrainingRun trainLstm(ProjectStore store) {
        Architecture lstm = DataProfiler.templates(store).byId("lstm").orElseThrow().build().get();
        new ArchitectureStore(store).save(lstm);
        TrainingRun run = Dl4jTrainingService.forProject(store)
                .start(new TrainingRequest(lstm.name(), SHORT, "series"), TrainingListener.NONE)
                .finished().toCompletableFuture().join();
        assertEquals(RunStatus.COMPLETED, run.status(), run.message());
        return run;
    }

    private static ConfusionMatrix evaluate(ProjectStore store, long runId) throws IOException {
        return new Evaluator().evaluate(store, runId, new EvaluationData.TestPart(), Progress.NONE, Cancellation.none())
                .orElseThrow().matrix();
    }

    @Test
    void aSeriesRunStillEvaluatesAndBundlesAfterTextsOutnumberItsSeries() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            SequenceFixture.risingAndFalling(store, 10, 7);
            TrainingRun run = trainLstm(store);
            RunFolder folder = new RunStore(store).folder(run.id());
            Preprocessing recorded = folder.readPreprocessing().orElseThrow();
            assertEquals(Encoding.SERIES, recorded.encoding());
            assertEquals(TrainedModel.ofRun(store, run.id()).preprocessing(), recorded);
            ConfusionMatrix before = evaluate(store, run.id());

            SequenceFixture.catsAndDogs(store, 30, 5);
            assertEquals(MediaKind.TEXT, ProjectMedia.kind(store));
            assertEquals(recorded, TrainedModel.ofRun(store, run.id()).preprocessing());
            Evaluation evaluation = new Evaluator().evaluate(store, run.id(), new EvaluationData.TestPart(),
                    Progress.NONE, Cancellation.none()).orElseThrow();
            ConfusionMatrix after = evaluation.matrix();
            // The texts of the test part are said once, not one problem per file.
            assertEquals(1, evaluation.notes().size(), evaluation.notes().toString());
            assertTrue(evaluation.notes().get(0).matches("\\d+ texts left out: the model reads series\\."),
                    evaluation.notes().toString());
            assertEquals(before.classes(), after.classes());
            assertEquals(before.total(), after.total());
            ModelCard card = Bundles.export(store, run.id(), temp.resolve("ramps.whisker-model.zip"), Progress.NONE);
            assertEquals(recorded, card.preprocessing());
            // cat and dog are new classes: the old test score's labels would not line up, so the card has none.
            assertTrue(card.test().isEmpty());
        }
    }

    @Test
    void aStoppedSeriesRunResumesOnSeriesAfterTextsOfItsClassesArrive() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            SequenceFixture.risingAndFalling(store, 10, 7);
            Architecture lstm = DataProfiler.templates(store).byId("lstm").orElseThrow().build().get();
            new ArchitectureStore(store).save(lstm);
            Dl4jTrainingService service = Dl4jTrainingService.forProject(store);
            TrainingSession[] first = new TrainingSession[1];
            CountDownLatch started = new CountDownLatch(1);
            first[0] = service.start(new TrainingRequest(lstm.name(), SHORT, "series"), new TrainingListener() {
                @Override
                public void onEpoch(EpochMetric metric) {
                    try {
                        started.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    first[0].control().stop();
                }
            });
            started.countDown();
            TrainingRun stopped = first[0].finished().toCompletableFuture().join();
            assertEquals(RunStatus.STOPPED, stopped.status(), stopped.message());
            Random random = new Random(5);
            for (int i = 0; i < 30; i++) {
                SequenceFixture.text(store, SequenceFixture.catSentence(random), i % 2 == 0 ? "rising" : "falling");
            }
            assertEquals(MediaKind.TEXT, ProjectMedia.kind(store));

            TrainingRun resumed = service.resume(stopped.id(), TrainingListener.NONE).finished().toCompletableFuture().join();

            assertEquals(RunStatus.COMPLETED, resumed.status(), resumed.message());
            assertEquals(2, resumed.epochsDone());
            assertEquals(Encoding.SERIES, new RunStore(store).folder(stopped.id()).readPreprocessing().orElseThrow()
                    .encoding());
        }
    }

    @Test
    void aRunWithoutTheRecordDerivesItAsBefore() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            SequenceFixture.risingAndFalling(store, 10, 7);
            TrainingRun run = trainLstm(store);
            RunFolder folder = new RunStore(store).folder(run.id());
            Files.delete(folder.preprocessing());
            assertFalse(folder.readPreprocessing().isPresent());
            assertEquals(Encoding.SERIES, TrainedModel.ofRun(store, run.id()).preprocessing().encoding());
            assertTrue(evaluate(store, run.id()).total() > 0);
        }
    }

    @Test
    void aDamagedRecordIsAnErrorNamingTheFile() throws Exception {
        RunFolder folder = new RunFolder(temp.resolve("runs/3"));
        Files.createDirectories(folder.root());
        folder.writePreprocessing(Preprocessing.series(20, 2));
        assertEquals(Preprocessing.series(20, 2), folder.readPreprocessing().orElseThrow());
        Files.writeString(folder.preprocessing(), "{\"width\": ");
        IOException e = assertThrows(IOException.class, folder::readPreprocessing);
        assertTrue(e.getMessage().startsWith(folder.preprocessing() + " is damaged"), e.getMessage());
    }
}
