package org.whiskerstudio.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.TrainingService;
import org.whiskerstudio.ui.common.Notifier;

/** The Train screen's state driven through realistic runs by a scripted service, without a toolkit. */
class TrainingViewModelTest {
    private final ScriptedTrainingService service = new ScriptedTrainingService();
    private final ManualScheduler ui = new ManualScheduler();
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final List<String> errors = new ArrayList<>();
    private final FakeProject project = new FakeProject(Optional.of(service));
    private TrainingViewModel model;

    /** A project with one architecture and labelled images unless a test changes it. */
    static final class FakeProject implements TrainingProject {
        final Optional<TrainingService> service;
        List<String> names = List.of("LeNet", "MLP");
        int labelled = 12;
        String remembered = "";

        FakeProject(Optional<TrainingService> service) {
            this.service = service;
        }

        @Override
        public Optional<TrainingService> service() {
            return service;
        }

        @Override
        public List<String> architectureNames() {
            return names;
        }

        String askedReady = "";

        @Override
        public Optional<String> notReady(String chosen) {
            askedReady = chosen;
            return labelled == 0 ? Optional.of(ExampleCounts.missing(ModelKind.CLASSIFIER)) : Optional.empty();
        }

        @Override
        public Optional<String> lastArchitecture() {
            return Optional.of(remembered).filter(s -> !s.isEmpty());
        }

        @Override
        public void rememberArchitecture(String name) {
            remembered = name;
        }
    }

    @BeforeEach
    void open() {
        model = new TrainingViewModel(TaskExecutor.direct(), Notifier.ofErrors((t, m) -> errors.add(t + ": " + m)), ui, clock::get);
        model.projectOpened(Optional.of(project));
    }

    private void tick() {
        clock.addAndGet(TrainingViewModel.UI_INTERVAL_MILLIS);
        ui.runAll();
    }

    @Test
    void aRunGoesFromStartThroughStepsAndEpochsToCompleted() {
        assertTrue(model.canStartProperty().get());
        model.start();
        assertTrue(model.activeProperty().get());
        assertFalse(model.canStartProperty().get(), "one run at a time");
        assertEquals("LeNet", service.requests.get(0).architectureName());
        ScriptedTrainingService.Live live = service.live;

        live.begin(10).steps(10).epoch(0.9, 0.6, 1.0, 0.55);
        tick();
        assertEquals(RunStatus.RUNNING, model.statusProperty().get().orElseThrow());
        assertEquals(10, model.charts().iterationLoss().size());
        assertEquals(List.of(new ChartPoint(10, 0.9)), model.charts().trainLoss());
        assertEquals(List.of(new ChartPoint(10, 1.0)), model.charts().validationLoss());
        assertEquals(55, model.charts().validationAccuracy().get(0).y(), 1e-9, "accuracy in percent");
        LiveProgress p = model.progressProperty().get();
        assertEquals(10, p.iteration());
        assertEquals(50, p.iterations(), "5 epochs of 10 steps");
        assertEquals(0.2, p.fraction(), 1e-9);
        assertEquals(2560, p.etaMillis(), "40 steps of 64 at 1,000 ex/s");
        assertTrue(p.text().startsWith("epoch 1/5 · 1,000 ex/s · ETA 0:02 · "), p.text());

        for (int e = 2; e <= 5; e++) {
            live.steps(10).epoch(0.9 / e, 0.6 + e * 0.05, 1.0 / e, 0.55 + e * 0.05);
        }
        live.end(RunStatus.COMPLETED, "");
        tick();
        assertFalse(model.activeProperty().get());
        assertTrue(model.canStartProperty().get(), "a new run can start");
        assertEquals("Completed", model.statusTextProperty().get());
        assertEquals(5, model.charts().trainLoss().size());
        assertEquals(5, model.charts().trainAccuracy().size());
        assertEquals(0.2, model.progressProperty().get().bestValidationLoss(), 1e-9);
        assertEquals(RunStatus.COMPLETED, model.history().runs().get(0).status(), "the history is re-read");
        assertEquals(List.of(), errors);
    }

    @Test
    void thousandsOfStepsBetweenTicksMakeOneUiUpdate() {
        model.start();
        ScriptedTrainingService.Live live = service.live;
        live.begin(100_000);
        tick();
        int scheduledBefore = ui.delays.size();
        live.steps(5000);
        assertEquals(scheduledBefore + 1, ui.delays.size(), "one drain scheduled for the whole burst");
        ui.runAll();
        clock.addAndGet(30);
        live.steps(10);
        assertEquals(70L, ui.delays.get(ui.delays.size() - 1), "the next drain waits out the rest of the interval");
        ui.runAll();
        assertEquals(5010, model.progressProperty().get().iteration());
    }

    @Test
    void aHundredThousandStepRunKeepsABoundedStepLossSeries() {
        model.start();
        ScriptedTrainingService.Live live = service.live;
        live.begin(100_000);
        for (int i = 0; i < 100; i++) {
            live.steps(1000);
            tick();
        }
        int size = model.charts().iterationLoss().size();
        assertTrue(size <= MetricsInbox.MAX_LOSS_POINTS && size > 100, "decimated, not emptied: " + size);
    }

    @Test
    void stopEndsTheRunAsStoppedAndItCanBeResumed() {
        model.start();
        ScriptedTrainingService.Live live = service.live;
        live.begin(10).steps(10).epoch(0.8, 0.6, 0.9, 0.5).steps(3);
        tick();
        model.stop();
        assertTrue(live.control().isStopRequested(), "the stop reaches the training loop");
        assertEquals("Stopping after this step...", model.statusTextProperty().get());
        live.end(RunStatus.STOPPED, "Stopped at epoch 2; resume to go on from epoch 1's checkpoint.");
        tick();
        assertFalse(model.activeProperty().get());
        assertEquals(RunStatus.STOPPED, model.statusProperty().get().orElseThrow());
        assertTrue(model.statusTextProperty().get().startsWith("Stopped at epoch 2"));
        TrainingRun stopped = model.history().runs().get(0);
        assertTrue(stopped.canResume());
    }

    @Test
    void theRunThatIsGoingHeadsTheHistoryFromItsStartAndFollowsItsEpochs() {
        service.addPast("Earlier", RunStatus.COMPLETED, 5, 5, 1.0);
        model.refresh();
        model.start();
        TrainingRun first = model.history().runs().get(0);
        assertEquals(RunStatus.RUNNING, first.status(), "shown as soon as the service has recorded it");
        assertEquals(List.of("Run 2", "Earlier"), model.history().runs().stream().map(TrainingRun::name).toList());
        ScriptedTrainingService.Live live = service.live;
        live.begin(10).steps(10).epoch(0.9, 0.6, 1.0, 0.55);
        tick();
        assertEquals(1, model.history().runs().get(0).epochsDone(), "re-read after each epoch");
        assertEquals("1/5 epochs · best 55.0% · 0:01", RunHistory.facts(model.history().runs().get(0)));
        live.status(RunStatus.PAUSED, "");
        tick();
        assertEquals(RunStatus.PAUSED, model.history().runs().get(0).status());
        live.end(RunStatus.COMPLETED, "Trained 1 epoch.");
        tick();
        assertEquals(RunStatus.COMPLETED, model.history().runs().get(0).status(), "updated when it ends");
        assertEquals(2, model.history().runs().size());
    }

    @Test
    void theGoingRunsTimeFollowsTheClockBetweenTrainingEvents() {
        model.start();
        service.live.begin(10).steps(1);
        tick();
        TrainingRun row = model.history().runs().get(0);

        clock.addAndGet(3_000);
        model.tick();

        assertEquals(3_000, model.runMillisProperty().get());
        assertTrue(model.progressProperty().get().text().endsWith("0:03 elapsed"), model.progressProperty().get().text());
        assertTrue(model.history().factsOf(row, model.runMillisProperty().get()).endsWith(" · 0:03"),
                model.history().factsOf(row, model.runMillisProperty().get()));
    }

    @Test
    void aCompletedRunOffersToEvaluateItAndANewStartWithdrawsTheOffer() {
        List<Long> evaluated = new ArrayList<>();
        model.nextStep().setTarget(evaluated::add);
        model.start();
        service.live.begin(10).steps(10).epoch(0.9, 0.6, 1.0, 0.55);
        service.live.end(RunStatus.COMPLETED, "");
        tick();
        long runId = model.history().runs().get(0).id();

        assertTrue(model.nextStep().messageProperty().get().contains("completed after 1 epoch"),
                model.nextStep().messageProperty().get());
        model.nextStep().take();
        assertEquals(List.of(runId), evaluated);

        model.start();
        assertEquals("", model.nextStep().messageProperty().get());
    }

    @Test
    void aRunThatFailedOffersNoNextStep() {
        model.start();
        service.live.begin(10).steps(2);
        service.live.end(RunStatus.FAILED, "out of memory");
        tick();

        assertEquals("", model.nextStep().messageProperty().get());
    }

    @Test
    void theEngineStartingIsAWaitUntilTheFirstStep() {
        model.start();
        assertTrue(model.startingProperty().get(), "the engine loads before the first step");

        service.live.begin(10).steps(1);
        tick();

        assertFalse(model.startingProperty().get());
    }

    @Test
    void aResumedRunsTimeGoesOnFromItsEarlierSessions() {
        TrainingRun past = service.addPast("Earlier", RunStatus.STOPPED, 2, 5, 1.2, 0.8);
        model.refresh();
        model.resumeRun(past.id());
        service.live.begin(10).steps(1);
        tick();

        clock.addAndGet(2_000);
        model.tick();

        assertEquals(past.durationMillis() + 2_000, model.runMillisProperty().get());
    }

    @Test
    void aResumedRunShowsAsRunningInTheHistory() {
        TrainingRun past = service.addPast("Earlier", RunStatus.STOPPED, 2, 5, 1.2, 0.8);
        model.refresh();
        model.resumeRun(past.id());
        assertEquals(RunStatus.RUNNING, model.history().runs().get(0).status());
        assertEquals(past.id(), model.history().runs().get(0).id());
    }

    @Test
    void aRunsTooltipSaysEverythingItsRowShortens() {
        TrainingRun r = service.addPast("LeNet #3", RunStatus.STOPPED, 2, 5, 1.2, 0.8);
        TrainingRun stopped = new TrainingRun(r.id(), r.name(), r.architectureName(), r.status(),
                "Stopped during epoch 3 of 5. Resume goes on from epoch 2's checkpoint.", r.createdAt(), r.updatedAt(),
                r.durationMillis(), r.epochsDone(), r.config(), OptionalInt.of(2),
                OptionalDouble.of(0.8), OptionalDouble.of(0.83));
        assertEquals("2/5 epochs · best 83.0% · 1:00", RunHistory.facts(stopped));
        assertEquals(String.join("\n", "LeNet #3 · LeNet · 1 Jan 00:00", "Stopped · 2/5 epochs · 1:00 of training",
                "Best on validation: accuracy 83.0%, loss 0.8000, at epoch 2",
                "Stopped during epoch 3 of 5. Resume goes on from epoch 2's checkpoint.",
                "Enter or \u25B6 resumes it from its last checkpoint."), RunHistory.details(stopped, "1 Jan 00:00"));
    }

    @Test
    void resumingARunDrawsItsEarlierEpochsThenGoesOn() {
        TrainingRun past = service.addPast("Earlier", RunStatus.STOPPED, 2, 5, 1.2, 0.8);
        model.refresh();
        model.resumeRun(past.id());
        assertEquals(List.of(past.id()), service.resumed);
        ScriptedTrainingService.Live live = service.live;
        live.begin(10);
        tick();
        assertEquals(2, model.charts().validationLoss().size(), "earlier epochs drawn");
        assertEquals(20, model.charts().iterationLoss().size(), "earlier steps drawn");
        assertEquals(20, model.progressProperty().get().iteration());
        live.steps(10).epoch(0.5, 0.7, 0.6, 0.7);
        tick();
        assertEquals(List.of(1.2, 0.8, 0.6), model.charts().validationLoss().stream().map(ChartPoint::y).toList());
        assertEquals(30, model.charts().iterationLoss().get(model.charts().iterationLoss().size() - 1).x());
    }

    @Test
    void aDivergedRunShowsWhy() {
        model.start();
        ScriptedTrainingService.Live live = service.live;
        live.begin(10).steps(5).step(Double.NaN);
        live.end(RunStatus.DIVERGED, "The loss became NaN at step 6. Lower the learning rate (try 0.0001).");
        tick();
        assertEquals("Diverged: The loss became NaN at step 6. Lower the learning rate (try 0.0001).",
                model.statusTextProperty().get());
        assertEquals(5, model.charts().iterationLoss().size(), "the NaN is not drawn");
    }

    @Test
    void pauseAndResumeGoThroughTheControl() {
        model.start();
        ScriptedTrainingService.Live live = service.live;
        live.begin(10).steps(2);
        tick();
        model.togglePause();
        assertTrue(live.control().isPaused());
        assertTrue(model.pausedProperty().get());
        live.status(RunStatus.PAUSED, "");
        clock.addAndGet(60_000);
        tick();
        long elapsed = model.progressProperty().get().elapsedMillis();
        model.togglePause();
        assertFalse(live.control().isPaused());
        live.status(RunStatus.RUNNING, "").steps(1);
        tick();
        assertEquals("Running", model.statusTextProperty().get());
        assertTrue(model.progressProperty().get().elapsedMillis() - elapsed < 1000, "the pause is not counted");
    }

    @Test
    void problemsBlockStartAndNameWhatIsWrong() {
        model.form().batchSize().set("0");
        assertFalse(model.canStartProperty().get());
        assertEquals(List.of("Batch size must be between 1 and 4,096 (is 0)."), model.problems());
        model.start();
        assertTrue(service.requests.isEmpty(), "nothing was started");
        model.form().batchSize().set("32");
        assertTrue(model.canStartProperty().get());
    }

    @Test
    void aRefusedStartIsExplainedOnTheStatusLine() {
        service.refuseStart = new IllegalArgumentException("Class Bag has no training images.");
        model.start();
        assertFalse(model.activeProperty().get());
        assertEquals("Cannot start: Class Bag has no training images.", model.statusTextProperty().get());
    }

    @Test
    void deleteRemovesTheRunFromTheHistory() {
        TrainingRun a = service.addPast("A", RunStatus.COMPLETED, 5, 5, 1.0);
        TrainingRun b = service.addPast("B", RunStatus.COMPLETED, 5, 5, 0.9);
        model.refresh();
        model.history().setCompared(a.id(), true);
        model.deleteRun(a.id());
        assertEquals(List.of(a.id()), service.deleted);
        assertEquals(List.of(b), model.history().runs());
        assertEquals(List.of(), model.history().compared(), "a deleted run is no longer compared");
    }

    @Test
    void aProjectOpensWithItsNewestFinishedRunTicked() {
        TrainingRun older = service.addPast("Older", RunStatus.COMPLETED, 3, 3, 1.0, 0.7, 0.5);
        TrainingRun newest = service.addPast("Newest", RunStatus.STOPPED, 2, 5, 0.9, 0.8);
        model.projectOpened(Optional.of(project));

        assertEquals(List.of(newest.id()), model.history().compared());
        assertEquals(List.of("Newest"), model.history().curves().stream().map(RunHistory.RunCurve::name).toList());
        model.refresh();
        assertEquals(List.of(newest.id()), model.history().compared(), "only when the project opens");
        model.history().setCompared(newest.id(), false);
        model.refresh();
        assertEquals(List.of(), model.history().compared(), "an untick stays");
        assertFalse(model.history().isCompared(older.id()));
    }

    @Test
    void tickedRunsOverlayTheirValidationLoss() {
        TrainingRun a = service.addPast("A", RunStatus.COMPLETED, 3, 3, 1.0, 0.7, 0.5);
        TrainingRun b = service.addPast("B", RunStatus.EARLY_STOPPED, 2, 3, 0.9, 0.95);
        model.refresh();
        assertEquals(List.of(b, a), model.history().runs(), "newest first");
        model.history().setCompared(a.id(), true);
        model.history().setCompared(b.id(), true);
        assertEquals(List.of("B", "A"), model.history().curves().stream().map(RunHistory.RunCurve::name).toList());
        assertEquals(List.of(1.0, 0.7, 0.5), model.history().curves().get(1).points().stream().map(ChartPoint::y).toList());
        model.history().setCompared(a.id(), false);
        assertEquals(1, model.history().curves().size());
    }

    @Test
    void aPastRunsSettingsFillTheFormToRepeatIt() {
        TrainingRun past = service.addPast("Earlier", RunStatus.COMPLETED, 7, 7, 1.0);
        model.refresh();
        model.architectureProperty().set("MLP");
        model.useSettingsOf(past.id());
        assertEquals("7", model.form().epochs().get());
        assertEquals(past.config(), model.form().config().orElseThrow());
        assertEquals("LeNet", model.architectureProperty().get());
    }

    @Test
    void dataWarningsShowAndTheArchitectureChoiceIsRemembered() {
        service.warnings = List.of("Class Bag has only 3 training images.");
        model.architectureProperty().set("MLP");
        assertEquals(List.of("Class Bag has only 3 training images."), model.dataWarnings());
        assertEquals("MLP", project.remembered);
        TrainingViewModel again = new TrainingViewModel(TaskExecutor.direct(), Notifier.SILENT, ui, clock::get);
        again.projectOpened(Optional.of(project));
        assertEquals("MLP", again.architectureProperty().get());
    }

    @Test
    void theScreenSaysWhyItCannotTrain() {
        FakeProject none = new FakeProject(Optional.of(service));
        none.names = List.of();
        model.projectOpened(Optional.of(none));
        assertTrue(model.emptyMessageProperty().get().contains("Pick a template in Architecture first"));
        assertFalse(model.canStartProperty().get());

        FakeProject unlabelled = new FakeProject(Optional.of(service));
        unlabelled.labelled = 0;
        model.projectOpened(Optional.of(unlabelled));
        assertTrue(model.emptyMessageProperty().get().startsWith("No labelled examples yet"));
        assertEquals(unlabelled.names.get(0), unlabelled.askedReady, "readiness is asked of the architecture chosen");

        model.projectOpened(Optional.of(new FakeProject(Optional.empty())));
        assertTrue(model.emptyMessageProperty().get().startsWith("Training is not available"));

        model.projectOpened(Optional.of(project));
        assertEquals("", model.emptyMessageProperty().get());
    }

    @Test
    void closingTheProjectStopsItsRunAndIgnoresItsLateEvents() {
        model.start();
        ScriptedTrainingService.Live live = service.live;
        live.begin(10).steps(3);
        model.projectOpened(Optional.empty());
        assertTrue(live.control().isStopRequested());
        live.steps(3).end(RunStatus.STOPPED, "");
        tick();
        assertTrue(model.charts().iterationLoss().isEmpty());
        assertFalse(model.activeProperty().get());
        assertEquals("", model.statusTextProperty().get());
    }
}
