package org.whiskerstudio.ui.training;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.training.EpochMetric;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.TrainingService;
import org.whiskerstudio.training.TrainingSession;

/**
 * The Train screen's state: the settings form and architecture choice, the problems that block Start, the run on
 * screen (status, progress, live series) and the history. Events from the training thread are collected in a
 * {@link MetricsInbox} and applied on the UI thread at most every {@link #UI_INTERVAL_MILLIS}.
 */
public final class TrainingViewModel {
    /** At most ten screen updates a second however fast the steps come. */
    public static final long UI_INTERVAL_MILLIS = 100;
    private final TaskExecutor executor;
    private final UiScheduler ui;
    private final LongSupplier clock;
    private final TrainingForm form = new TrainingForm();
    private final LiveCharts charts = new LiveCharts();
    private final RunHistory history;
    private final ObservableList<String> architectures = FXCollections.observableArrayList();
    // One read-only view, kept: the wrapper listens to the list weakly, so a fresh one per call would lose listeners.
    private final ObservableList<String> architecturesView = FXCollections.unmodifiableObservableList(architectures);
    private final StringProperty architecture = new SimpleStringProperty("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("Open a project to train.");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Optional<RunStatus>> status = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LiveProgress> progress = new ReadOnlyObjectWrapper<>(LiveProgress.NONE);
    private Optional<TrainingProject> project = Optional.empty();
    private BiConsumer<String, String> errorSink = (t, m) -> { };
    private MetricsInbox inbox;
    private RunProgress tracker = new RunProgress(1);
    private TrainingSession session;
    private boolean stopWhenStarted;
    private volatile long lastDrain = Long.MIN_VALUE / 2;

    /**
     * @param ui    brings training events to the UI thread after a delay
     * @param clock milliseconds, for the elapsed time
     */
    public TrainingViewModel(TaskExecutor executor, UiScheduler ui, LongSupplier clock) {
        this.executor = executor;
        this.ui = ui;
        this.clock = clock;
        this.history = new RunHistory(executor);
        form.problems().addListener((ListChangeListener<String>) c -> checkProblems());
        architecture.addListener((o, before, now) -> {
            checkProblems();
            loadWarnings(now == null ? "" : now);
        });
        canStart.bind(Bindings.createBooleanBinding(() -> !active.get() && problems.isEmpty() && emptyMessage.get().isEmpty(),
                active, problems, emptyMessage));
        checkProblems();
    }

    public void setErrorSink(BiConsumer<String, String> sink) {
        errorSink = sink;
        history.setErrorSink(sink);
    }

    /** Another project (or none): a run of the previous one is stopped (it stays resumable). */
    public void setProject(Optional<TrainingProject> next) {
        if (session != null) {
            session.control().stop();
        }
        inbox = null;
        session = null;
        active.set(false);
        paused.set(false);
        status.set(Optional.empty());
        statusText.set("");
        progress.set(LiveProgress.NONE);
        charts.clear();
        warnings.clear();
        architectures.clear();
        architecture.set("");
        project = next;
        history.setService(next.flatMap(TrainingProject::service));
        emptyMessage.set(next.isEmpty() ? "Open a project to train." : "");
        refresh();
    }

    /** Re-reads the project's architectures, labelled images and runs (the screen calls it when shown). */
    public void refresh() {
        project.ifPresent(p -> executor.submit(() -> new ProjectState(p.architectureNames(), p.labelledImages(),
                p.lastArchitecture()), state -> {
            if (project.orElse(null) == p) {
                apply(p, state);
            }
        }, e -> errorSink.accept("Cannot read the project", messageOf(e))));
        history.reload();
    }

    private record ProjectState(List<String> names, int labelled, Optional<String> last) {
    }

    private void apply(TrainingProject p, ProjectState state) {
        architectures.setAll(state.names());
        if (!state.names().contains(chosen())) {
            architecture.set(state.last().filter(state.names()::contains)
                    .orElse(state.names().isEmpty() ? "" : state.names().get(0)));
        }
        if (p.service().isEmpty()) {
            emptyMessage.set("Training is not available in this build of Whisker Studio: its training engine is not "
                    + "installed.");
        } else if (state.names().isEmpty()) {
            emptyMessage.set("No architecture yet. Pick a template in Architecture first, then come back to train it.");
        } else if (state.labelled() == 0) {
            emptyMessage.set("No labelled images yet. Label images on the Label screen first: training learns from them.");
        } else {
            emptyMessage.set("");
        }
    }

    private void loadWarnings(String name) {
        warnings.clear();
        if (name.isEmpty()) {
            return;
        }
        project.ifPresent(p -> executor.submit(() -> {
            p.rememberArchitecture(name);
            return p.service().map(s -> s.dataWarnings(name)).orElse(List.of());
        }, found -> {
            if (name.equals(chosen())) {
                warnings.setAll(found);
            }
        }, e -> errorSink.accept("Cannot check the data", messageOf(e))));
    }

    /** The chosen architecture, "" for none (a combo box may set null). */
    private String chosen() {
        String name = architecture.get();
        return name == null ? "" : name;
    }

    private void checkProblems() {
        List<String> all = new java.util.ArrayList<>();
        if (chosen().isEmpty()) {
            all.add("Choose an architecture to train.");
        }
        all.addAll(form.problems());
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
        MetricsInbox box = begin(config.get(), "Starting...");
        TrainingRequest request = new TrainingRequest(chosen(), config.get(), "");
        executor.submit(() -> service.get().start(request, box), s -> attach(box, s), e -> failed(box, e));
    }

    /** Goes on with a stopped or interrupted run, its earlier epochs and steps drawn first. */
    public void resumeRun(long runId) {
        Optional<TrainingService> service = project.flatMap(TrainingProject::service);
        Optional<TrainingRun> run = history.runs().stream().filter(r -> r.id() == runId).findFirst();
        if (active.get() || service.isEmpty() || run.isEmpty() || !run.get().canResume()) {
            return;
        }
        TrainingService s = service.get();
        MetricsInbox box = begin(run.get().config(), "Resuming " + run.get().name() + "...");
        executor.submit(() -> {
            box.seedLosses(s.iterationMetrics(runId, MetricsInbox.MAX_LOSS_POINTS).stream()
                    .map(m -> new ChartPoint(m.iteration(), m.loss())).toList());
            for (EpochMetric m : s.epochMetrics(runId)) {
                box.onEpoch(m);
            }
            return s.resume(runId, box);
        }, started -> attach(box, started), e -> failed(box, e));
    }

    public void pause() {
        if (session != null && !paused.get()) {
            session.control().pause();
            paused.set(true);
            statusText.set("Pausing after this step...");
        }
    }

    public void resume() {
        if (session != null && paused.get()) {
            session.control().resume();
            paused.set(false);
        }
    }

    public void togglePause() {
        if (paused.get()) {
            resume();
        } else {
            pause();
        }
    }

    /** Stops after the current step; the run keeps its last checkpoint and can be resumed. */
    public void stop() {
        if (!active.get()) {
            return;
        }
        statusText.set("Stopping after this step...");
        if (session != null) {
            session.control().stop();
        } else {
            stopWhenStarted = true;
        }
    }

    /** Deletes a run and its files (the view has asked first); the run that is going cannot be deleted. */
    public void deleteRun(long runId) {
        project.flatMap(TrainingProject::service).ifPresent(s -> {
            if (session != null && session.runId() == runId) {
                errorSink.accept("Cannot delete the run", "It is training now; stop it first.");
                return;
            }
            executor.submit(() -> {
                s.delete(runId);
                return runId;
            }, id -> history.reload(), e -> errorSink.accept("Cannot delete the run", messageOf(e)));
        });
    }

    // ---- the run on screen ----

    private MetricsInbox begin(TrainingConfig config, String message) {
        MetricsInbox box = new MetricsInbox(this::wake);
        inbox = box;
        tracker = new RunProgress(config.batchSize());
        stopWhenStarted = false;
        charts.clear();
        progress.set(LiveProgress.NONE);
        status.set(Optional.empty());
        statusText.set(message);
        paused.set(false);
        active.set(true);
        return box;
    }

    /** Called on the training thread (through the inbox): one drain, no sooner than the interval allows. */
    private void wake(MetricsInbox box) {
        long wait = UI_INTERVAL_MILLIS - (clock.getAsLong() - lastDrain);
        ui.schedule(() -> drain(box), Math.max(0, wait));
    }

    private void attach(MetricsInbox box, TrainingSession started) {
        if (box != inbox) {
            started.control().stop();
            return;
        }
        session = started;
        if (stopWhenStarted) {
            started.control().stop();
        }
        started.finished().whenComplete((run, error) -> ui.schedule(() -> finished(box, run, error), 0));
    }

    private void failed(MetricsInbox box, Throwable e) {
        if (box == inbox) {
            inbox = null;
            active.set(false);
            statusText.set("Cannot start: " + messageOf(e));
        }
    }

    private void drain(MetricsInbox box) {
        long now = clock.getAsLong();
        lastDrain = now;
        if (box != inbox) {
            return;
        }
        MetricsInbox.Batch b = box.take();
        b.start().ifPresent(s -> tracker.start(s, now));
        b.preparing().ifPresent(p -> statusText.set(p.message() + (p.total() > 0 ? " (" + p.done() + "/" + p.total() + ")" : "")));
        b.iteration().ifPresent(tracker::iteration);
        for (EpochMetric m : b.epochs()) {
            charts.addEpoch(m);
            tracker.epoch(m);
        }
        b.iterationLoss().ifPresent(charts::setIterationLoss);
        b.status().ifPresent(s -> {
            status.set(Optional.of(s.status()));
            paused.set(s.status() == RunStatus.PAUSED);
            tracker.paused(s.status() == RunStatus.PAUSED, now);
            statusText.set(describe(s.status(), s.message()));
        });
        progress.set(tracker.snapshot(now));
    }

    private void finished(MetricsInbox box, TrainingRun run, Throwable error) {
        if (box != inbox) {
            return;
        }
        drain(box);
        inbox = null;
        session = null;
        active.set(false);
        paused.set(false);
        if (error != null) {
            status.set(Optional.of(RunStatus.FAILED));
            statusText.set(describe(RunStatus.FAILED, messageOf(error)));
        } else if (run != null) {
            status.set(Optional.of(run.status()));
            if (!run.message().isBlank() || !statusText.get().startsWith(run.status().label())) {
                statusText.set(describe(run.status(), run.message()));
            }
        }
        history.reload();
    }

    static String describe(RunStatus s, String message) {
        return message == null || message.isBlank() ? s.label() : s.label() + ": " + message;
    }

    static String messageOf(Throwable e) {
        Throwable t = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    // ---- state ----

    public TrainingForm form() {
        return form;
    }

    public LiveCharts charts() {
        return charts;
    }

    public RunHistory history() {
        return history;
    }

    /** The project's architectures; {@link #architectureProperty()} holds the chosen one ("" for none). */
    public ObservableList<String> architectures() {
        return architecturesView;
    }

    public StringProperty architectureProperty() {
        return architecture;
    }

    /** What blocks Start, one sentence each: the form's problems and a missing architecture. */
    public ObservableList<String> problems() {
        return problemsView;
    }

    /** The service's warnings about the data for the chosen architecture; they do not block Start. */
    public ObservableList<String> dataWarnings() {
        return warningsView;
    }

    /** Why the screen cannot train at all (no engine, no architecture, no labelled images); "" when it can. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStartProperty() {
        return canStart.getReadOnlyProperty();
    }

    /** A run is starting, running or paused. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<RunStatus>> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The status line: "Running", "Diverged: ...", "Cannot start: ...". */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LiveProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
