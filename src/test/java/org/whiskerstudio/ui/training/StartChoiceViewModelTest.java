package org.whiskerstudio.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.WeightSource;
import org.whiskerstudio.ui.common.Notifier;

/** The Train screen's "Start from" choice reaches the request, and an incomplete choice keeps Start disabled. */
class StartChoiceViewModelTest {
    private final ScriptedTrainingService service = new ScriptedTrainingService();
    private TrainingViewModel model;
    private TrainingRun done;

    @BeforeEach
    void open() {
        done = service.addPast("LeNet #1", RunStatus.COMPLETED, 5, 5, 0.5);
        service.addPast("LeNet #2", RunStatus.STOPPED, 0, 5);
        AtomicLong clock = new AtomicLong();
        model = new TrainingViewModel(TaskExecutor.direct(), Notifier.ofErrors((t, m) -> { }),
                new ManualScheduler(), clock::get);
        model.projectOpened(Optional.of(new TrainingViewModelTest.FakeProject(Optional.of(service))));
    }

    private TrainingRequest started() {
        model.start();
        return service.requests.get(service.requests.size() - 1);
    }

    @Test
    void newWeightsAreTheDefault() {
        assertEquals(StartChoice.Mode.NEW, model.startChoice().mode().get());
        assertEquals(WeightSource.NEW, started().from());
    }

    @Test
    void onlyRunsWithASavedModelAreOffered() {
        assertEquals(List.of(done.id()), model.startChoice().runs().stream().map(TrainingRun::id).toList());
    }

    @Test
    void aRunOfThisProjectMustBeChosenBeforeStart() {
        model.startChoice().mode().set(StartChoice.Mode.THIS_PROJECT);

        assertFalse(model.canStartProperty().get());
        assertTrue(model.problems().get(0).startsWith("Choose the run to start from"), model.problems().toString());

        model.startChoice().run().set(done);
        model.startChoice().freezeEpochs().set(2);

        assertTrue(model.canStartProperty().get(), model.problems().toString());
        TrainingRequest request = started();
        assertEquals(new WeightSource.ProjectRun(Optional.empty(), done.id()), request.from());
        assertEquals(2, request.freezeEpochs());
    }

    @Test
    void aDetectorStartsFromNewWeightsWhateverWasChosenForAClassifier() {
        model.startChoice().mode().set(StartChoice.Mode.THIS_PROJECT);
        model.startChoice().run().set(done);
        model.startChoice().freezeEpochs().set(2);
        service.detectors = java.util.Set.of("MLP");
        model.architectureProperty().set("MLP");
        assertTrue(model.ganForm().detectorProperty().get());

        TrainingRequest request = started();
        assertEquals(WeightSource.NEW, request.from(), "only a classifier starts from a model: the service refuses it");
        assertEquals(0, request.freezeEpochs());
    }

    @Test
    void anotherProjectsRunIsTypedAfterItsFolder() {
        model.startChoice().chooseProject("projects/old");

        assertFalse(model.canStartProperty().get(), "the run number is still missing");

        model.startChoice().other().set("projects/old:4");

        assertEquals(new WeightSource.ProjectRun(Optional.of(Path.of("projects/old")), 4), started().from());
    }

    @Test
    void aBundleChosenInTheDialogIsTheStart() {
        model.startChoice().chooseBundle("/models/cats.whisker-model.zip");

        assertEquals(new WeightSource.Bundle(Path.of("/models/cats.whisker-model.zip")), started().from());
    }

    @Test
    void goingBackToNewWeightsClearsTheFrozenEpochs() {
        model.startChoice().chooseBundle("/models/cats.whisker-model.zip");
        model.startChoice().freezeEpochs().set(3);

        model.startChoice().mode().set(StartChoice.Mode.NEW);

        TrainingRequest request = started();
        assertEquals(WeightSource.NEW, request.from());
        assertEquals(0, request.freezeEpochs());
    }
}
