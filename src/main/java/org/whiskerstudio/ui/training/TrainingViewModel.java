package org.whiskerstudio.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.training.EpochMetric;
import org.whiskerstudio.training.GanSettings;
import org.whiskerstudio.training.LiveReconstructions;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.TrainingService;
import org.whiskerstudio.training.WeightSource;
import org.whiskerstudio.ui.common.NextStep;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.ProjectScoped;
import org.whiskerstudio.ui.common.UiTasks;

/**
 * The Train screen's state: the settings form and architecture choice, the problems that block Start, the run on
 * screen ({@link LiveRun}: status, progress, live series) and the history. Commands are methods; service calls go
 * through the task executor.
 */
public final class TrainingViewModel implements ProjectScoped<TrainingProject> {
    /** At most ten screen updates a second however fast the steps come. */
    public static final long UI_INTERVAL_MILLIS = 100;
    private final UiTasks tasks;
    private final TrainingForm form = new TrainingForm();
    private final GanForm ganForm = new GanForm(form);
    private final AgentForm agentForm = new AgentForm();
    private final GenerateViewModel generate;
    private final RunHistory history;
    private final StartChoice startChoice;
    private final LiveRun live;
    /** The project's architectures, the chosen one and its data warnings. */
    private final ArchitectureChoice choice;
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper();
    private Optional<TrainingProject> project = Optional.empty();

    /**
     * @param ui    brings training events to the UI thread after a delay
     * @param clock milliseconds, for the elapsed time
     */
    public TrainingViewModel(TaskExecutor executor, Notifier notifier, UiScheduler ui, LongSupplier clock) {
        this.tasks = new UiTasks(executor, notifier);
        this.history = new RunHistory(tasks);
        this.choice = new ArchitectureChoice(tasks, ganForm, agentForm);
        this.startChoice = new StartChoice(history.runs());
        for (javafx.beans.Observable o : startChoice.dependencies()) {
            o.addListener(x -> checkProblems());
        }
        ganForm.ganProperty().addListener(x -> checkProblems());
        ganForm.autoencoderProperty().addListener(x -> checkProblems());
        ganForm.detectorProperty().addListener(x -> checkProblems());
        this.live = new LiveRun(ui, clock, history::reload);
        this.generate = new GenerateViewModel(executor, notifier);
        // A run that ends may have saved a generator to make images with.
        live.activeProperty().addListener((o, was, now) -> {
            if (!now) {
                generate.refresh();
            }
        });
        form.problems().addListener((ListChangeListener<String>) c -> checkProblems());
        ganForm.problems().addListener((ListChangeListener<String>) c -> checkProblems());
        agentForm.problems().addListener((ListChangeListener<String>) c -> checkProblems());
        agentForm.agentProperty().addListener(x -> checkProblems());
        choice.architectureProperty().addListener(x -> checkProblems());
        canStart.bind(Bindings.createBooleanBinding(() -> !live.activeProperty().get() && problems.isEmpty()
                && choice.emptyMessageProperty().get().isEmpty(), live.activeProperty(), problems,
                choice.emptyMessageProperty()));
        checkProblems();
    }

    /** Another project (or none): a run of the previous one is stopped (it stays resumable). */
    @Override
    public void projectOpened(Optional<TrainingProject> next) {
        live.abandon();
        choice.projectOpened(next);
        project = next;
        startChoice.reset();
        history.setService(next.flatMap(TrainingProject::service));
        generate.projectOpened(next.flatMap(TrainingProject::service).flatMap(TrainingService::generation));
        refresh();
    }

    /** Re-reads the project's architectures, labelled images and runs (the screen calls it when shown). */
    public void refresh() {
        choice.refresh();
        history.reload();
    }

    /** Whether the augmentation settings apply to the chosen architecture and data (image classifiers only). */
    public ReadOnlyBooleanProperty augmentsProperty() {
        return choice.augmentsProperty();
    }

    /** Whether the Resize setting applies: pictures, not series, texts or an agent's observations. */
    public ReadOnlyBooleanProperty resizesProperty() {
        return choice.resizesProperty();
    }

    /** The chosen architecture, "" for none (a combo box may set null). */
    private String chosen() {
        return choice.chosen();
    }

    private void checkProblems() {
        List<String> all = new ArrayList<>();
        if (chosen().isEmpty()) {
            all.add("Choose an architecture to train.");
        }
        all.addAll(form.problems());
        all.addAll(ganForm.problems());
        all.addAll(agentForm.problems());
        // Only a classifier starts from another model's weights.
        if (ganForm.startsFromModels() && !agentForm.agentProperty().get()) {
            all.addAll(startChoice.problems());
        }
        problems.setAll(all);
    }

    // ---- commands ----

    /** Starts a new run with the form's settings; does nothing while problems are shown or a run is going. */
    public void start() {
        Optional<TrainingService> service = project.flatMap(TrainingProject::service);
        Optional<TrainingConfig> config = form.config();
        if (!canStart.get() || service.isEmpty() || config.isEmpty()) {
            return;
        }
        // An agent's progress counts single steps (or games), not batches.
        MetricsInbox box = live.begin(agentForm.agentProperty().get() ? config.get().withBatchSize(1) : config.get(),
                "Starting...", 0);
        // A kind that cannot start from a model starts afresh, whatever "Start from" held for another architecture.
        boolean fromModels = ganForm.startsFromModels() && !agentForm.agentProperty().get();
        TrainingRequest asked = new TrainingRequest(chosen(), config.get(), "",
                ganForm.settings().orElse(GanSettings.defaults())).startingFrom(fromModels
                        ? startChoice.source().orElse(WeightSource.NEW) : WeightSource.NEW,
                        fromModels ? startChoice.freezeEpochs().get() : 0)
                .learningNormal(ganForm.normalClass());
        TrainingRequest request = agentForm.agentProperty().get() ? asked.startingFrom(WeightSource.NEW, 0)
                .learningAs(agentForm.settings().orElseThrow()) : asked;
        tasks.submit(() -> service.get().start(request, box), s -> live.attach(box, s), f -> live.refused(box, f.error()));
    }

    /** Goes on with a stopped or interrupted run, its earlier epochs and steps drawn first. */
    public void resumeRun(long runId) {
        Optional<TrainingService> service = project.flatMap(TrainingProject::service);
        Optional<TrainingRun> run = history.runs().stream().filter(r -> r.id() == runId).findFirst();
        if (live.activeProperty().get() || service.isEmpty() || run.isEmpty() || !run.get().canResume()) {
            return;
        }
        TrainingService s = service.get();
        if (run.get().kind() == ModelKind.AGENT) {
            // The agent's panel (charts, replay) shows for an agent architecture: choose the run's.
            choice.choose(run.get().architectureName());
        }
        MetricsInbox box = live.begin(run.get().config(), "Resuming " + run.get().name() + "...",
                run.get().durationMillis());
        tasks.submit(() -> {
            box.seedLosses(s.iterationMetrics(runId, MetricsInbox.MAX_LOSS_POINTS).stream()
                    .map(m -> new ChartPoint(m.iteration(), m.loss())).toList());
            for (EpochMetric m : s.epochMetrics(runId)) {
                box.onEpoch(m);
            }
            // An agent's charts go on from its saved episodes (the file may hold a few past the checkpoint).
            int saved = run.get().epochsDone();
            box.seedEpisodes(s.lastEpisodes(runId, Integer.MAX_VALUE).stream().filter(e -> e.episode() <= saved)
                    .toList());
            return s.resume(runId, box);
        }, started -> live.attach(box, started), f -> live.refused(box, f.error()));
    }

    public void pause() {
        live.pause();
    }

    public void resume() {
        live.resume();
    }

    public void togglePause() {
        if (live.pausedProperty().get()) {
            live.resume();
        } else {
            live.pause();
        }
    }

    /** Stops after the current step; the run keeps its last checkpoint and can be resumed. */
    public void stop() {
        live.stop();
    }

    /** Fills the form with a past run's settings and architecture, to repeat it or change one thing. */
    public void useSettingsOf(long runId) {
        if (live.activeProperty().get()) {
            return;
        }
        history.runs().stream().filter(r -> r.id() == runId).findFirst().ifPresent(r -> {
            form.load(r.config());
            choice.choose(r.architectureName());
        });
    }

    /** Deletes a run and its files (the view has asked first); the run that is going cannot be deleted. */
    public void deleteRun(long runId) {
        project.flatMap(TrainingProject::service).ifPresent(s -> {
            if (live.runId().equals(OptionalLong.of(runId))) {
                tasks.notifier().error("Cannot delete the run", "It is training now; stop it first.");
                return;
            }
            tasks.submit(() -> {
                s.delete(runId);
                return runId;
            }, id -> history.reload(), "Cannot delete the run");
        });
    }

    // ---- state ----

    public TrainingForm form() {
        return form;
    }

    public LiveCharts charts() {
        return live.charts();
    }

    /** The GAN settings, shown when the chosen architecture is a GAN. */
    public GanForm ganForm() {
        return ganForm;
    }

    /** The agent settings, shown when the chosen architecture is an agent. */
    public AgentForm agentForm() {
        return agentForm;
    }

    /** The agent run on screen: its episodes' charts and the greedy episodes to replay. */
    public AgentLive agent() {
        return live.agent();
    }

    /** Making images with the project's GAN runs. */
    public GenerateViewModel generate() {
        return generate;
    }

    /** Shows the Generate panel for a GAN run of the history (its architecture chosen, so the GAN view is up). */
    public void generateWith(TrainingRun run) {
        if (!live.activeProperty().get()) {
            choice.choose(run.architectureName());
        }
        generate.show(run.id());
    }

    /** The GAN run on screen: both losses, the newest samples, health warnings. */
    public GanLive gan() {
        return live.gan();
    }

    /** Text a character model writes while it learns; empty for other models. */
    public LiveText generatedText() {
        return live.text();
    }

    /** An autoencoder's inputs and reconstructions after its latest epoch (pictures or lines); empty for others. */
    public ReadOnlyObjectProperty<Optional<LiveReconstructions>> reconstructionsProperty() {
        return live.reconstructionsProperty();
    }

    /** What a new run's weights start from. */
    public StartChoice startChoice() {
        return startChoice;
    }

    public RunHistory history() {
        return history;
    }

    /** The project's architectures; {@link #architectureProperty()} holds the chosen one ("" for none). */
    public ObservableList<String> architectures() {
        return choice.architectures();
    }

    public StringProperty architectureProperty() {
        return choice.architectureProperty();
    }

    /** What blocks Start, one sentence each: the form's problems and a missing architecture. */
    public ObservableList<String> problems() {
        return problemsView;
    }

    /** The service's warnings about the data for the chosen architecture; they do not block Start. */
    public ObservableList<String> dataWarnings() {
        return choice.dataWarnings();
    }

    /** Why the screen cannot train at all (no engine, no architecture, no labelled images); "" when it can. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return choice.emptyMessageProperty();
    }

    public ReadOnlyBooleanProperty canStartProperty() {
        return canStart.getReadOnlyProperty();
    }

    /** A run is starting, running or paused. */
    public ReadOnlyBooleanProperty activeProperty() {
        return live.activeProperty();
    }

    /**
     * A run was asked for and its first step has not come yet: the engine loads (about five seconds the first time)
     * and the data is prepared. {@link #statusTextProperty()} says which; {@link #stop()} calls it off.
     */
    public ReadOnlyBooleanProperty startingProperty() {
        return live.startingProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return live.pausedProperty();
    }

    public ReadOnlyObjectProperty<Optional<RunStatus>> statusProperty() {
        return live.statusProperty();
    }

    /** The status line: "Running", "Diverged: ...", "Cannot start: ...". */
    public ReadOnlyStringProperty statusTextProperty() {
        return live.statusTextProperty();
    }

    /** Brings the going run's elapsed time up to the clock (the screen calls it every second while a run goes). */
    public void tick() {
        live.tick();
    }

    /** After a classifier run ended with a model: "Evaluate this run"; the shell sets where it goes. */
    public NextStep nextStep() {
        return live.nextStep();
    }

    /** The going run's training time so far, its earlier sessions included, for its history row. */
    public ReadOnlyLongProperty runMillisProperty() {
        return live.runMillisProperty();
    }

    public ReadOnlyObjectProperty<LiveProgress> progressProperty() {
        return live.progressProperty();
    }
}
