package org.whiskerstudio.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.AutoencoderTemplates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.evaluation.AnomalyEvaluation;
import org.whiskerstudio.evaluation.AnomalyService;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.AnomalyThreshold;
import org.whiskerstudio.training.NormalClass;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.RunProgress;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.ui.common.Notifier;

/** The Evaluate screen with an autoencoder run: scores, gallery order, threshold kept with the run, curves. */
class AnomalyViewModelTest {
    @TempDir
    Path temp;
    private ProjectStore store;
    private List<Long> normal;
    private List<Long> odd;
    private TrainingRun run;
    private final List<String> errors = new ArrayList<>();
    private final ManualDelay delay = new ManualDelay();
    private int scorings;
    /** Scored as "Shirt" (normal) or all-normal when the run learned every class. */
    private String normalClass = "Shirt";

    @BeforeEach
    void project() {
        store = ProjectStore.create(temp.resolve("p"), "p");
        normal = DatasetFixture.rows(store, "s", 4, "Shirt");
        odd = DatasetFixture.rows(store, "b", 2, "Bag");
        RunStore runs = new RunStore(store);
        run = runs.create("AE #1", new Architecture("AE", AutoencoderTemplates.dense(new TensorShape.Vector(4)),
                Optional.empty()), TrainingConfig.defaults(), Provenance.here("test", "cpu", ""));
        runs.setStatus(run.id(), RunStatus.COMPLETED, "");
        runs.setProgress(run.id(), new RunProgress(2, 10, OptionalInt.empty(), OptionalDouble.empty(),
                OptionalDouble.empty()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Shirts score 0.1..0.4, bags 0.9 and 0.5; the validation shirts put the default threshold at about 0.3. */
    private final AnomalyService scripted = (s, runId, progress, cancellation) -> {
        scorings++;
        List<AnomalyEvaluation.Scored> test = List.of(
                new AnomalyEvaluation.Scored(normal.get(0), "Shirt", 0.1),
                new AnomalyEvaluation.Scored(normal.get(1), "Shirt", 0.2),
                new AnomalyEvaluation.Scored(odd.get(0), "Bag", 0.9),
                new AnomalyEvaluation.Scored(normal.get(2), "Shirt", 0.4),
                new AnomalyEvaluation.Scored(odd.get(1), "Bag", 0.5),
                new AnomalyEvaluation.Scored(normal.get(3), "Shirt", 0.15));
        List<AnomalyEvaluation.Scored> validation = List.of(new AnomalyEvaluation.Scored(normal.get(0), "Shirt", 0.3));
        return Optional.of(AnomalyEvaluation.of("AE #1", normalClass, validation, test, List.of()));
    };

    private EvaluationViewModel open() {
        EvaluationViewModel model = new EvaluationViewModel(TaskExecutor.direct(),
                Notifier.ofErrors((t, m) -> errors.add(t + ": " + m)), EvaluationServiceFactory.UNAVAILABLE,
                MistakeScoringFactory.UNAVAILABLE);
        model.anomalies().setEngine(scripted);
        model.anomalies().setDelay(delay);
        model.projectOpened(Optional.of(new ProjectSession(store)));
        return model;
    }

    @Test
    void anAutoencoderRunIsOfferedAndEvaluateScoresItsAnomalies() {
        EvaluationViewModel model = open();
        assertTrue(model.runProperty().get().scoresAnomalies());
        assertTrue(model.anomalies().evaluationProperty().get().isEmpty(), "not scored yet");

        model.evaluate();

        assertEquals(1, scorings);
        assertEquals(6, model.anomalies().evaluationProperty().get().orElseThrow().test().size());
        assertEquals(0.3, model.anomalies().thresholdProperty().get(), 1e-9);
        assertFalse(model.anomalies().movedProperty().get());
        assertTrue(model.results().evaluationProperty().get().isEmpty(), "no classes' results for an autoencoder");
        assertEquals(List.of(), errors);
    }

    @Test
    void theGalleryShowsTheMostAnomalousFirstAndFlagsThoseAboveTheThreshold() {
        EvaluationViewModel model = open();
        model.evaluate();

        List<AnomalyItem> gallery = model.anomalies().gallery();

        assertEquals(List.of(odd.get(0), odd.get(1), normal.get(2), normal.get(1), normal.get(3), normal.get(0)),
                gallery.stream().map(i -> i.example().imageId()).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), gallery.stream().map(AnomalyItem::rank).toList());
        assertEquals(List.of(true, true, true, false, false, false),
                gallery.stream().map(AnomalyItem::flagged).toList());
        assertEquals("3 of 6 test examples score above the threshold (called anomalies); 3 at or below.",
                model.anomalies().countsProperty().get());
    }

    @Test
    void aMovedThresholdIsWrittenOnceItRestsAndIsWhatTheScreenShowsOnReopening() throws Exception {
        EvaluationViewModel model = open();
        model.evaluate();

        model.anomalies().thresholdProperty().set(0.6);
        model.anomalies().thresholdProperty().set(0.45);
        assertTrue(new RunStore(store).folder(run.id()).readAnomalyThreshold().isEmpty(), "not while it moves");
        assertEquals(1, delay.pending(), "one write waits, the earlier one called off");
        delay.runAll();

        assertEquals(Optional.of(new AnomalyThreshold(0.45, AnomalyViewModel.MOVED)),
                new RunStore(store).folder(run.id()).readAnomalyThreshold());
        assertEquals(List.of(true, true, false, false, false, false),
                model.anomalies().gallery().stream().map(AnomalyItem::flagged).toList());
        EvaluationViewModel reopened = open();
        assertEquals(0.45, reopened.anomalies().thresholdProperty().get(), 1e-9);
        assertTrue(reopened.anomalies().movedProperty().get());
        assertEquals(1, scorings, "reopening reads the saved scores");
        assertEquals(List.of(), errors);
    }

    @Test
    void resetGoesBackToTheDefaultAndForgetsTheMovedThreshold() throws Exception {
        EvaluationViewModel model = open();
        model.evaluate();
        model.anomalies().thresholdProperty().set(0.45);
        delay.runAll();

        model.anomalies().resetThreshold();

        assertEquals(0.3, model.anomalies().thresholdProperty().get(), 1e-9);
        assertFalse(model.anomalies().movedProperty().get());
        assertTrue(new RunStore(store).folder(run.id()).readAnomalyThreshold().isEmpty());
        assertEquals(0, delay.pending());
    }

    @Test
    void curvesAndPrecisionAreShownOnlyWhenSomeAnomaliesAreLabelled() throws Exception {
        EvaluationViewModel model = open();
        model.evaluate();
        assertTrue(model.anomalies().curvesProperty().get().isPresent());
        assertEquals(1.0, model.anomalies().curvesProperty().get().get().auc(), 1e-9);
        assertEquals("Against the labels (anomaly = not Shirt): precision 0.667, recall 1.000, F1 0.800",
                model.anomalies().atThresholdProperty().get());

        normalClass = NormalClass.ALL.name();
        model.evaluate();

        assertTrue(model.anomalies().curvesProperty().get().isEmpty());
        assertTrue(model.anomalies().atThresholdProperty().get().startsWith("This run learned from all classes"),
                model.anomalies().atThresholdProperty().get());
    }

    @Test
    void withoutAnEngineEvaluateSaysSo() {
        EvaluationViewModel model = new EvaluationViewModel(TaskExecutor.direct(), Notifier.SILENT,
                EvaluationServiceFactory.UNAVAILABLE, MistakeScoringFactory.UNAVAILABLE);
        model.projectOpened(Optional.of(new ProjectSession(store)));

        model.evaluate();

        assertEquals(AnomalyViewModel.UNAVAILABLE, model.statusProperty().get());
    }
}
