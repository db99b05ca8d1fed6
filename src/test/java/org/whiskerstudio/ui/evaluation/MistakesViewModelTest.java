package org.whiskerstudio.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.dataset.SubsetStore;
import org.whiskerstudio.evaluation.CurrentLabels;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.LabelSources;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.suggest.LabelMistakes;
import org.whiskerstudio.suggest.MistakeScan;
import org.whiskerstudio.suggest.MistakeScoring;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.RunProgress;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.ui.common.Notifier;

/** The possible label mistakes of the Evaluate screen over a real store, with scripted scores. */
class MistakesViewModelTest {
    @TempDir
    Path temp;
    private ProjectStore store;
    private List<Long> cats;
    private long dog;
    private long runId;
    private final List<String> errors = new ArrayList<>();
    private int scans;

    @BeforeEach
    void project() {
        store = ProjectStore.create(temp.resolve("p"), "p");
        cats = DatasetFixture.rows(store, "c", 3, "cat");
        dog = DatasetFixture.rows(store, "d", 1, "dog").get(0);
        new SubsetStore(store).recordFromDataset(Map.of(cats.get(0), Subset.TRAIN, cats.get(1), Subset.VALIDATION,
                cats.get(2), Subset.TRAIN, dog, Subset.TRAIN));
        RunStore runs = new RunStore(store);
        runId = runs.create("MLP #1", new Architecture("MLP", Templates.mlp(new TensorShape.Vector(4), 2),
                Optional.empty()), TrainingConfig.defaults(), Provenance.here("test", "cpu", "")).id();
        runs.setStatus(runId, RunStatus.COMPLETED, "");
        runs.setProgress(runId, new RunProgress(2, 10, OptionalInt.empty(),
                OptionalDouble.empty(), OptionalDouble.empty()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The run takes cat 1 for a dog at 0.98 and cat 0 at 0.93; cat 2 at 0.6; the dog for a dog. */
    private final MistakeScoring scripted = (s, run, progress, cancellation) -> {
        scans++;
        if (cancellation.isCancelled()) {
            return Optional.empty();
        }
        Map<Long, float[]> p = new HashMap<>();
        p.put(cats.get(0), new float[] {0.07f, 0.93f});
        p.put(cats.get(1), new float[] {0.02f, 0.98f});
        p.put(cats.get(2), new float[] {0.4f, 0.6f});
        p.put(dog, new float[] {0.1f, 0.9f});
        progress.update(4, 4, "Checking labels: 4 of 4 images...");
        return Optional.of(new MistakeScan(run, List.of("cat", "dog"), p, List.of()));
    };

    private EvaluationViewModel open(MistakeScoringFactory engines) {
        EvaluationViewModel model = new EvaluationViewModel(TaskExecutor.direct(),
                Notifier.ofErrors((t, m) -> errors.add(t + ": " + m)), s -> Optional.empty(), engines);
        model.projectOpened(Optional.of(new ProjectSession(store)));
        return model;
    }

    private MistakesViewModel found() {
        EvaluationViewModel screen = open(s -> Optional.of(scripted));
        MistakesViewModel model = screen.mistakes();
        model.find();
        return model;
    }

    private static List<Long> ids(MistakesViewModel model) {
        return model.items().stream().map(i -> i.mistake().imageId()).toList();
    }

    @Test
    void findListsConfidentDisagreementsSurestFirstAndSelectsTheFirst() {
        MistakesViewModel model = found();

        assertEquals(List.of(cats.get(1), cats.get(0)), ids(model));
        MistakeItem first = model.items().get(0);
        assertEquals("cat", first.mistake().label());
        assertEquals("dog", first.mistake().predicted());
        assertEquals(first, model.selectedProperty().get());
        assertTrue(first.file().isPresent(), "the gallery gets the example's file");
        assertTrue(model.statusProperty().get().startsWith("2 possible label mistakes"), model.statusProperty().get());
        assertFalse(model.runningProperty().get());
        assertEquals(List.of("cat", "dog"), model.classes());
        assertEquals(List.of(), errors);
    }

    @Test
    void theThresholdListsAgainWithoutScoringAgain() {
        MistakesViewModel model = found();

        model.thresholdProperty().set(0.5);
        assertEquals(List.of(cats.get(1), cats.get(0), cats.get(2)), ids(model));
        model.thresholdProperty().set(0.95);
        assertEquals(List.of(cats.get(1)), ids(model));
        assertEquals(1, scans);
    }

    @Test
    void enterRelabelsTheSelectedAsTheRunsClassTypedAndUndoBringsItBack() {
        EvaluationViewModel screen = open(s -> Optional.of(scripted));
        MistakesViewModel model = screen.mistakes();
        model.find();

        model.relabelSelected();

        assertEquals("dog", CurrentLabels.of(store).get(cats.get(1)));
        long tag = new AnnotationStore(store).ofImage(cats.get(1)).get(0).id();
        assertEquals(Optional.of(new LabelSource.Typed()), new LabelSources(store).of(tag));
        assertEquals(List.of(cats.get(0)), ids(model));
        assertEquals(cats.get(0), model.selectedProperty().get().mistake().imageId(), "the next one is selected");
        assertEquals("Undo Relabel as dog", screen.undoTextProperty().get());

        screen.undo();

        assertEquals("cat", CurrentLabels.of(store).get(cats.get(1)));
        assertEquals(List.of(cats.get(1), cats.get(0)), ids(model));
        assertEquals(1, scans);
        assertEquals(List.of(), errors);
    }

    @Test
    void keepHidesTheExampleForGoodAndUndoTakesItBack() {
        EvaluationViewModel screen = open(s -> Optional.of(scripted));
        MistakesViewModel model = screen.mistakes();
        model.find();

        model.keepSelected();

        assertEquals(List.of(cats.get(0)), ids(model));
        assertEquals("cat", new LabelMistakes(store).kept(cats.get(1)).orElseThrow().className());
        MistakesViewModel again = found();
        assertEquals(List.of(cats.get(0)), ids(again), "a new Find remembers the Keep");

        screen.undo();
        assertEquals(List.of(cats.get(1), cats.get(0)), ids(model));
        assertEquals(Optional.empty(), new LabelMistakes(store).kept(cats.get(1)));
    }

    @Test
    void relabelToAnotherClassThanTheRunsKeepsItOffTheListUntilUndone() {
        store.ensureLabelClass("fox");
        EvaluationViewModel screen = open(s -> Optional.of(scripted));
        MistakesViewModel model = screen.mistakes();
        model.find();

        model.relabel(model.items().get(1), "fox");

        assertEquals("fox", CurrentLabels.of(store).get(cats.get(0)));
        assertEquals(List.of(cats.get(1)), ids(model), "the person chose fox against the run's dog");
        assertEquals("fox", new LabelMistakes(store).kept(cats.get(0)).orElseThrow().className());
        assertEquals(List.of("cat", "dog", "fox"), model.classes());

        screen.undo();
        assertEquals("cat", CurrentLabels.of(store).get(cats.get(0)));
        assertEquals(Optional.empty(), new LabelMistakes(store).kept(cats.get(0)));
        assertEquals(List.of(cats.get(1), cats.get(0)), ids(model));
    }

    @Test
    void withoutAnEngineFindSaysSoAndAnotherRunClearsTheList() {
        MistakesViewModel none = open(MistakeScoringFactory.UNAVAILABLE).mistakes();
        none.find();
        assertEquals(MistakesViewModel.UNAVAILABLE, none.statusProperty().get());
        assertEquals(0, scans);

        EvaluationViewModel screen = open(s -> Optional.of(scripted));
        screen.mistakes().find();
        assertEquals(2, screen.mistakes().items().size());
        screen.runProperty().set(null);
        assertEquals(List.of(), screen.mistakes().items());
        assertEquals(List.of(), errors);
    }
}
