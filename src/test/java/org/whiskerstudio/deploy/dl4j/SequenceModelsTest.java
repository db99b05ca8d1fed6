package org.whiskerstudio.deploy.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
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
import org.whiskerstudio.dataset.ImageUnreadable;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.dataset.SequenceFixture;
import org.whiskerstudio.deploy.ModelCard;
import org.whiskerstudio.deploy.Prediction;
import org.whiskerstudio.evaluation.ConfusionMatrix;
import org.whiskerstudio.evaluation.Evaluation;
import org.whiskerstudio.evaluation.EvaluationData;
import org.whiskerstudio.evaluation.dl4j.Evaluator;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.Schedule;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.dl4j.Dl4jTrainingService;

/** The LSTM template trained for real on toy series and texts, evaluated, bundled and asked about new files. */
@Tag("engine")
class SequenceModelsTest {
    @TempDir
    Path temp;

    /** One ND4J thread: on a busy shared machine its spinning OpenMP workers cost more than they give for toy sizes. */
    private static final TrainingConfig QUICK = new TrainingConfig(12, 8, Optimizer.ADAM, 0.01, Schedule.CONSTANT, 0,
            42, 12, 1, ResizeMode.STRETCH, Augmentation.none());

    private static TrainingRun train(ProjectStore store, String template) {
        Architecture lstm = DataProfiler.templates(store).byId(template).orElseThrow().build().get();
        new ArchitectureStore(store).save(lstm);
        TrainingRun run = Dl4jTrainingService.forProject(store)
                .start(new TrainingRequest(lstm.name(), QUICK, "toy"), TrainingListener.NONE)
                .finished().toCompletableFuture().join();
        assertEquals(RunStatus.COMPLETED, run.status(), run.message());
        return run;
    }

    private static Evaluation evaluate(ProjectStore store, TrainingRun run) throws Exception {
        return new Evaluator().evaluate(store, run.id(), new EvaluationData.TestPart(), Progress.NONE,
                Cancellation.none()).orElseThrow();
    }

    @Test
    void anLstmLearnsRisingFromFallingSeriesAndItsBundlePredictsACsv() throws Exception {
        Path bundle = temp.resolve("ramps.whisker-model.zip");
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            SequenceFixture.risingAndFalling(store, 30, 7);
            TrainingRun run = train(store, "lstm");
            ConfusionMatrix matrix = evaluate(store, run).matrix();
            assertEquals(2, matrix.size());
            assertTrue(matrix.total() > 0);
            assertTrue(matrix.accuracy() >= 0.9, "test accuracy " + matrix.accuracy());
            Bundles.export(store, run.id(), bundle, Progress.NONE);
        }
        Bundles.Loaded loaded = Bundles.load(bundle);
        assertEquals(Encoding.SERIES, loaded.card().preprocessing().encoding());
        Path csv = temp.resolve("up.csv");
        Files.write(csv, SequenceFixture.ramp(true, 40, new Random(99)).toCsv());
        Prediction up = loaded.predictor().predict(csv, 2);
        assertEquals("rising", up.top().get(0).name());
        Prediction down = loaded.predictor().predict(SequenceFixture.ramp(false, 8, new Random(3)).toCsv(), "down.csv", 2);
        assertEquals("falling", down.top().get(0).name());
        Files.writeString(csv, "level\n1\n");
        ImageUnreadable wrong = assertThrows(ImageUnreadable.class, () -> loaded.predictor().predict(csv, 2));
        assertEquals("up.csv: has 1 features, the model takes 2", wrong.getMessage());
    }

    @Test
    void anLstmLearnsCatTextsFromDogTextsAndItsBundlePredictsAText() throws Exception {
        Path bundle = temp.resolve("pets.whisker-model.zip");
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            SequenceFixture.catsAndDogs(store, 30, 5);
            TrainingRun run = train(store, "lstm");
            assertTrue(evaluate(store, run).matrix().accuracy() >= 0.9);
            ModelCard card = Bundles.export(store, run.id(), bundle, Progress.NONE);
            assertEquals(Encoding.CHARACTERS, card.preprocessing().encoding());
        }
        Bundles.Loaded loaded = Bundles.load(bundle);
        assertEquals(MediaKind.TEXT, loaded.card().preprocessing().encoding().kind());
        Path text = temp.resolve("note.txt");
        Files.writeString(text, "Purr, meow: whiskers nap on the yarn.", StandardCharsets.UTF_8);
        assertEquals("cat", loaded.predictor().predict(text, 2).top().get(0).name());
        Prediction dog = loaded.predictor().predict("woof woof, fetch the ball".getBytes(StandardCharsets.UTF_8),
                "upload", 2);
        assertEquals("dog", dog.top().get(0).name());
    }
}
