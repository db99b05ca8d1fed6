package org.whiskerstudio.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.evaluation.CurrentLabels;
import org.whiskerstudio.evaluation.Evaluation;
import org.whiskerstudio.evaluation.EvaluationData;
import org.whiskerstudio.evaluation.EvaluationService;
import org.whiskerstudio.evaluation.SavedEvaluations;
import org.whiskerstudio.evaluation.ScoredExample;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.LabelSources;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.RunProgress;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.ui.common.Notifier;

/** The Evaluate screen's state over a real store, with a scripted model. */
class EvaluationViewModelTest {
    @TempDir
    Path temp;
    private ProjectStore store;
    private List<Long> shirts;
    private List<Long> tshirts;
    private TrainingRun run;
    private final List<String> errors = new ArrayList<>();
    private int evaluations;

    @BeforeEach
    void project() {
        store = ProjectStore.create(temp.resolve("p"), "p");
        shirts = DatasetFixture.rows(store, "s", 3, "Shirt");
        tshirts = DatasetFixture.rows(store, "t", 3, "T-shirt");
        RunStore runs = new RunStore(store);
        run = runs.create("LeNet #1", new Architecture("MLP", Templates.mlp(new TensorShape.Vector(4), 2),
                Optional.empty()), TrainingConfig.defaults(), Provenance.here("test", "cpu", ""));
        runs.setStatus(run.id(), RunStatus.COMPLETED, "");
        runs.setProgress(run.id(), new RunProgress(2, 10, OptionalInt.empty(), OptionalDouble.empty(),
                OptionalDouble.empty()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Shirt 3 is taken for a T-shirt; T-shirt 1 is taken for a shirt with 90%: likely a wrong label. */
    private final EvaluationService scripted = (s, runId, data, progress, cancellation) -> {
        evaluations++;
        List<ScoredExample> ps = List.of(
                ScoredExample.of(shirts.get(0), "a", 0, new float[] {0.9f, 0.1f}),
                ScoredExample.of(shirts.get(1), "b", 0, new float[] {0.7f, 0.3f}),
                ScoredExample.of(shirts.get(2), "c", 0, new float[] {0.2f, 0.8f}),
                ScoredExample.of(tshirts.get(0), "d", 1, new float[] {0.9f, 0.1f}),
                ScoredExample.of(tshirts.get(1), "e", 1, new float[] {0.4f, 0.6f}),
                ScoredExample.of(tshirts.get(2), "f", 1, new float[] {0.05f, 0.95f}));
        Evaluation e = new Evaluation(runId, "LeNet #1", "the test part", "2026-01-01T00:00:00Z",
                List.of("Shirt", "T-shirt"), ps, List.of());
        if (data instanceof EvaluationData.TestPart) {
            SavedEvaluations.writeTest(new RunStore(s).folder(runId), e);
        }
        return Optional.of(e);
    };

    private EvaluationViewModel open() {
        return open(s -> Optional.of(scripted));
    }

    private EvaluationViewModel open(EvaluationServiceFactory engines) {
        EvaluationViewModel model = new EvaluationViewModel(TaskExecutor.direct(),
                Notifier.ofErrors((t, m) -> errors.add(t + ": " + m)), engines,
                MistakeScoringFactory.UNAVAILABLE);
        model.projectOpened(Optional.of(new ProjectSession(store)));
        return model;
    }

    @Test
    void withoutAnEngineEvaluateSaysSoAndRunsNothing() {
        EvaluationViewModel model = open(EvaluationServiceFactory.UNAVAILABLE);

        model.evaluate();

        assertEquals(EvaluationViewModel.UNAVAILABLE, model.statusProperty().get());
        assertFalse(model.runningProperty().get());
        assertEquals(0, evaluations);
        assertEquals(List.of(), errors);
    }

    private static int count(EvaluationViewModel model, int t, int p) {
        return model.results().matrixProperty().get().orElseThrow().count(t, p);
    }

    @Test
    void completedRunsAreListedAndTheNewestChosen() {
        EvaluationViewModel model = open();
        assertEquals(List.of(run.id()), model.runs().stream().map(RunChoice::id).toList());
        assertEquals(run.id(), model.runProperty().get().id());
        assertTrue(model.results().evaluationProperty().get().isEmpty(), "not evaluated yet");
    }

    private long completedRun(String name) {
        RunStore runs = new RunStore(store);
        TrainingRun next = runs.create(name, new Architecture("MLP", Templates.mlp(new TensorShape.Vector(4), 2),
                Optional.empty()), TrainingConfig.defaults(), Provenance.here("test", "cpu", ""));
        runs.setStatus(next.id(), RunStatus.COMPLETED, "");
        runs.setProgress(next.id(), new RunProgress(2, 10, OptionalInt.empty(), OptionalDouble.empty(),
                OptionalDouble.empty()));
        return next.id();
    }

    @Test
    void aRunTrainedSinceTheScreenWasLastShownIsChosenAsTheNewest() {
        EvaluationViewModel model = open();
        long newer = completedRun("LeNet #2");

        model.refresh();

        assertEquals(newer, model.runs().get(0).id(), "listed first");
        assertEquals(newer, model.runProperty().get().id());
    }

    @Test
    void aRunTheUserPickedStaysChosenWhenTheRunsAreReadAgain() {
        long newer = completedRun("LeNet #2");
        EvaluationViewModel model = open();
        RunChoice older = model.runs().stream().filter(r -> r.id() == run.id()).findFirst().orElseThrow();
        model.runProperty().set(older);
        completedRun("LeNet #3");

        model.refresh();

        assertEquals(run.id(), model.runProperty().get().id());
        assertTrue(newer > run.id());
    }

    @Test
    void anEvaluatedRunOffersToDeployIt() {
        EvaluationViewModel model = open();
        List<Long> deployed = new ArrayList<>();
        model.nextStep().setTarget(deployed::add);
        assertEquals("", model.nextStep().messageProperty().get(), "nothing evaluated yet");

        model.evaluate();

        assertEquals("LeNet #1 is evaluated. Next:", model.nextStep().messageProperty().get());
        model.nextStep().take();
        assertEquals(List.of(run.id()), deployed);
    }

    @Test
    void showRunChoosesTheRunAnotherScreenAskedFor() {
        EvaluationViewModel model = open();
        completedRun("LeNet #2");

        model.showRun(run.id());

        assertEquals(run.id(), model.runProperty().get().id());
        assertTrue(model.results().evaluationProperty().get().isPresent(), "never evaluated, so evaluated at once");
        assertEquals(1, evaluations);
    }

    @Test
    void testLabelsAcceptedFromSuggestionsAreWarnedAboutOnceEvaluatedAndWhenLoaded() {
        EvaluationViewModel model = open();
        model.evaluate();
        assertEquals("", model.suggestedWarningProperty().get());

        AnnotationStore annotations = new AnnotationStore(store);
        List<Long> suggested = List.of(shirts.get(0), shirts.get(1), tshirts.get(2));
        for (int i = 0; i < suggested.size(); i++) {
            new LabelSources(store).mark(annotations.ofImage(suggested.get(i)).stream().map(Annotation::id).toList(),
                    new LabelSource.Suggested(i < 2 ? 3 : 4, 0.9));
        }
        model.evaluate();
        String warning = "3 of 6 test labels were accepted suggestions (runs 3, 4): these flatter the model";
        assertEquals(warning, model.suggestedWarningProperty().get());

        EvaluationViewModel reopened = open();
        assertEquals(warning, reopened.suggestedWarningProperty().get(), "the saved evaluation's warning");
        assertEquals(List.of(), errors);
    }

    private TrainingRun characterRun(String name) {
        RunStore runs = new RunStore(store);
        TrainingRun chars = runs.create(name, new Architecture("Char LSTM", Templates.charLstm(40, 100),
                Optional.empty()), TrainingConfig.defaults(), Provenance.here("test", "cpu", ""));
        runs.setStatus(chars.id(), RunStatus.STOPPED, "");
        // 1.386 nats = 2.00 bits per character
        runs.setProgress(chars.id(), new RunProgress(1, 10, OptionalInt.of(1), OptionalDouble.of(2 * Math.log(2)),
                OptionalDouble.of(0.4)));
        return runs.get(chars.id()).orElseThrow();
    }

    @Test
    void characterRunsAreLeftOutOfTheRunLists() {
        characterRun("Char LSTM #1");

        EvaluationViewModel model = open();

        assertEquals(List.of(run.id()), model.runs().stream().map(RunChoice::id).toList());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void withOnlyCharacterRunsTheEmptyScreenSaysWhatTheyAreAndWhereTheirTextIs() {
        new RunStore(store).delete(run.id());
        TrainingRun chars = characterRun("Char LSTM #1");
        characterRun("Char LSTM #2");

        EvaluationViewModel model = open();

        assertTrue(model.runs().isEmpty());
        String said = model.emptyMessageProperty().get();
        assertTrue(said.startsWith("No classifier run to evaluate. Run \"Char LSTM #2\""), said);
        assertTrue(said.contains("is a character model: it writes text rather than sorting examples into classes"), said);
        assertTrue(said.contains("its validation loss is 2.00 bits per character"), said);
        assertTrue(said.contains("Train > generated text") && said.contains("whisker generate-text"), said);
        assertTrue(said.endsWith("(The project's 1 other character run is left out for the same reason.)"), said);
        assertTrue(chars.id() > 0);
    }

    @Test
    void withNoRunAtAllTheEmptyScreenSaysToTrain() {
        new RunStore(store).delete(run.id());

        assertEquals(EvaluableRuns.NOTHING_TRAINED, open().emptyMessageProperty().get());
    }

    @Test
    void selectingACellFillsTheGalleryMostConfidentFirst() {
        EvaluationViewModel model = open();
        model.evaluate();
        model.results().thresholdProperty().set(0.5);
        model.results().selectCell(1, 0);
        assertEquals(List.of(tshirts.get(0)), model.results().gallery().stream()
                .map(g -> g.prediction().imageId()).toList());
        assertEquals("T-shirt \u2192 Shirt  90.0%", model.results().gallery().get(0).caption());
        model.results().selectCell(0, 0);
        assertEquals(List.of(shirts.get(0), shirts.get(1)), model.results().gallery().stream()
                .map(g -> g.prediction().imageId()).toList());
    }

    @Test
    void relabelSavesTheLabelAndMovesTheImageToAnotherCell() {
        EvaluationViewModel model = open();
        model.evaluate();
        model.results().selectCell(1, 0);
        model.relabel(model.results().gallery().get(0), 0);

        assertEquals("Shirt", CurrentLabels.of(store).get(tshirts.get(0)), "saved in the project at once");
        assertEquals(0, count(model, 1, 0));
        assertEquals(3, count(model, 0, 0));
        assertTrue(model.results().gallery().isEmpty(), "the image left the cell");
        assertEquals("Undo Relabel as Shirt", model.undoTextProperty().get());
        assertEquals(1, evaluations, "no re-evaluation needed: the model's answer did not change");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void undoPutsTheLabelAndTheCellBack() {
        EvaluationViewModel model = open();
        model.evaluate();
        model.results().selectCell(1, 0);
        model.relabel(model.results().gallery().get(0), 0);
        model.undo();
        assertEquals("T-shirt", CurrentLabels.of(store).get(tshirts.get(0)));
        assertEquals(1, count(model, 1, 0));
        assertEquals(1, model.results().gallery().size());
    }

    @Test
    void reopeningShowsTheSavedEvaluationWithLabelsChangedElsewhere() {
        open().evaluate();
        // Relabel shirt 3 as T-shirt on "another screen": replace its tag through the store.
        var annotations = new AnnotationStore(store);
        Relabelling.command(annotations, shirts.get(2), "T-shirt").orElseThrow().execute();

        EvaluationViewModel again = open();
        assertEquals(1, evaluations, "read from the run folder, not evaluated again");
        assertEquals(0, count(again, 0, 1));
        assertEquals(3, count(again, 1, 1), "shirt 3 is now a T-shirt predicted right");
        assertTrue(again.statusProperty().get().startsWith("Labels changed since this evaluation: 1 relabelled"),
                again.statusProperty().get());
    }

    @Test
    void theThresholdOfABinaryTaskChangesTheMatrix() {
        EvaluationViewModel model = open();
        model.evaluate();
        assertEquals(2, count(model, 1, 1));
        model.results().thresholdProperty().set(0.05);
        assertEquals(3, count(model, 1, 1), "T-shirt at 0.1 and above is now predicted T-shirt");
        assertEquals(3, count(model, 0, 1), "and so is every shirt");
    }

    @Test
    void comparingWithASecondRunFillsSideBySideRows() {
        RunStore runs = new RunStore(store);
        TrainingRun second = runs.create("LeNet #2", new Architecture("MLP", Templates.mlp(new TensorShape.Vector(4), 2),
                Optional.empty()), TrainingConfig.defaults(), Provenance.here("test", "cpu", ""));
        runs.setStatus(second.id(), RunStatus.STOPPED, "");
        runs.setProgress(second.id(), new RunProgress(1, 10, OptionalInt.empty(), OptionalDouble.empty(),
                OptionalDouble.empty()));
        EvaluationViewModel model = open();
        model.runProperty().set(model.runs().stream().filter(r -> r.id() == run.id()).findFirst().orElseThrow());
        model.evaluate();
        model.compareRunProperty().set(model.runs().stream().filter(r -> r.id() == second.id()).findFirst()
                .orElseThrow());
        assertEquals(2, evaluations, "the second run had no saved evaluation, so it was evaluated");
        assertEquals(List.of("Shirt", "T-shirt", "accuracy"), model.compareRows().stream().map(CompareRow::name).toList());
        assertTrue(model.compared().matrixProperty().get().isPresent());
        assertEquals(model.compareRows().get(0).f1A(), model.compareRows().get(0).f1B(), 1e-9, "same scripted answers");
    }

    @Test
    void exportWritesTheReportOfWhatIsShown() throws Exception {
        EvaluationViewModel model = open();
        model.evaluate();
        model.results().thresholdProperty().set(0.25);
        model.export(temp.resolve("report"));
        String csv = Files.readString(temp.resolve("report/evaluation.csv"));
        assertTrue(csv.contains("# threshold,0.2500"), csv);
        assertTrue(model.statusProperty().get().startsWith("Report written"), model.statusProperty().get());
    }
}
