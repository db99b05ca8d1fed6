package org.whiskerstudio.ui.training;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.training.CharacterRunNote;
import org.whiskerstudio.training.EpochMetric;
import org.whiskerstudio.training.LiveReconstructions;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.TrainingSession;
import org.whiskerstudio.ui.common.Failure;
import org.whiskerstudio.ui.common.NextStep;

/**
 * The run on screen: its session and controls, status, progress and series. Each start or resume gets a fresh
 * {@link MetricsInbox}; events of an inbox that is no longer current (an abandoned run) are dropped. Training
 * events reach the UI thread through the scheduler, at most every {@link TrainingViewModel#UI_INTERVAL_MILLIS}.
 */
final class LiveRun {
    private final UiScheduler ui;
    private final LongSupplier clock;
    private final Runnable onRowChanged;
    private final LiveCharts charts = new LiveCharts();
    private final GanLive gan = new GanLive();
    private final AgentLive agent = new AgentLive();
    private final LiveText text = new LiveText();
    /** An autoencoder's latest inputs and reconstructions (pictures or lines); empty for other models. */
    private final ReadOnlyObjectWrapper<Optional<LiveReconstructions>> reconstructions =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    /** From Start until the engine's first step: the engine loading (seconds at first) and the data prepared. */
    private final ReadOnlyBooleanWrapper starting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Optional<RunStatus>> status = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LiveProgress> progress = new ReadOnlyObjectWrapper<>(LiveProgress.NONE);
    private final ReadOnlyLongWrapper runMillis = new ReadOnlyLongWrapper();
    /** Once a classifier run ends with a model: "Evaluate this run". */
    private final NextStep nextStep = new NextStep();
    /** Training time of the run's earlier sessions (a resumed run); the row adds this session's to it. */
    private long priorMillis;
    private MetricsInbox inbox;
    private ProgressTracker tracker = new ProgressTracker(1);
    private TrainingSession session;
    private boolean stopWhenStarted;
    private volatile long lastDrain = Long.MIN_VALUE / 2;

    /**
     * @param onRowChanged runs on the UI thread when the run's history row has changed: it has been recorded (or
     *                     resumed), an epoch or a status has been recorded, the run has ended (to re-read the history,
     *                     so the run on screen is in it from its start)
     */
    LiveRun(UiScheduler ui, LongSupplier clock, Runnable onRowChanged) {
        this.ui = ui;
        this.clock = clock;
        this.onRowChanged = onRowChanged;
    }

    /** A run is about to start: clears the screen and returns the listener to give the service. */
    MetricsInbox begin(TrainingConfig config, String message, long priorMillis) {
        MetricsInbox box = new MetricsInbox(this::wake);
        this.priorMillis = priorMillis;
        runMillis.set(priorMillis);
        nextStep.clear();
        inbox = box;
        tracker = new ProgressTracker(config.batchSize());
        stopWhenStarted = false;
        charts.clear(config.epochs());
        gan.clear();
        agent.clear();
        text.clear();
        reconstructions.set(Optional.empty());
        progress.set(LiveProgress.NONE);
        status.set(Optional.empty());
        statusText.set(message);
        paused.set(false);
        active.set(true);
        starting.set(true);
        return box;
    }

    /** The service has started the run {@code box} listens to. */
    void attach(MetricsInbox box, TrainingSession started) {
        if (box != inbox) {
            started.control().stop();
            return;
        }
        session = started;
        if (stopWhenStarted) {
            started.control().stop();
        }
        started.finished().whenComplete((run, error) -> ui.schedule(() -> finished(box, run, error), 0));
        onRowChanged.run();
    }

    /** The service refused to start (bad settings, no data, a run already going). */
    void refused(MetricsInbox box, Throwable e) {
        if (box == inbox) {
            inbox = null;
            active.set(false);
            starting.set(false);
            statusText.set("Cannot start: " + Failure.messageOf(e));
        }
    }

    /** Another project: stops the run (it stays resumable) and forgets it. */
    void abandon() {
        if (session != null) {
            session.control().stop();
        }
        inbox = null;
        session = null;
        active.set(false);
        starting.set(false);
        paused.set(false);
        nextStep.clear();
        status.set(Optional.empty());
        statusText.set("");
        progress.set(LiveProgress.NONE);
        charts.clear(0);
        gan.clear();
        agent.clear();
        text.clear();
        reconstructions.set(Optional.empty());
    }

    void pause() {
        if (session != null && !paused.get()) {
            session.control().pause();
            paused.set(true);
            statusText.set("Pausing after this step...");
        }
    }

    void resume() {
        if (session != null && paused.get()) {
            session.control().resume();
            paused.set(false);
        }
    }

    void stop() {
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

    OptionalLong runId() {
        return session == null ? OptionalLong.empty() : OptionalLong.of(session.runId());
    }

    /** On the training thread (through the inbox): one drain, no sooner than the interval allows. */
    private void wake(MetricsInbox box) {
        long wait = TrainingViewModel.UI_INTERVAL_MILLIS - (clock.getAsLong() - lastDrain);
        ui.schedule(() -> drain(box), Math.max(0, wait));
    }

    private void drain(MetricsInbox box) {
        long now = clock.getAsLong();
        lastDrain = now;
        if (box != inbox) {
            return;
        }
        MetricsInbox.Batch b = box.take();
        b.start().ifPresent(s -> {
            tracker.start(s, now);
            starting.set(false);
        });
        b.preparing().ifPresent(p -> statusText.set(p.message() + (p.total() > 0 ? " (" + p.done() + "/" + p.total() + ")" : "")));
        b.iteration().ifPresent(tracker::iteration);
        for (EpochMetric m : b.epochs()) {
            charts.addEpoch(m);
            tracker.epoch(m);
        }
        b.iterationLoss().ifPresent(charts::setIterationLoss);
        if (!b.gan().isEmpty()) {
            gan.apply(b.gan());
        }
        if (!b.agent().isEmpty()) {
            agent.apply(b.agent());
            b.agent().latest().ifPresent(l -> tracker.episodes(l.episode().episode()));
        }
        text.addAll(b.texts());
        b.reconstructions().ifPresent(r -> reconstructions.set(Optional.of(r)));
        b.status().ifPresent(s -> {
            status.set(Optional.of(s.status()));
            paused.set(s.status() == RunStatus.PAUSED);
            tracker.paused(s.status() == RunStatus.PAUSED, now);
            statusText.set(s.status().describe(s.message()));
        });
        showProgress(now);
        // The engine records an epoch's progress and a status before it reports them, so the row is up to date.
        // A GAN has no epoch metrics; its grids come every few hundred steps and at each epoch's end, after its steps
        // are flushed, so the row's steps and losses are fresh then.
        if (!b.epochs().isEmpty() || b.status().isPresent() || b.gan().samples().isPresent()) {
            onRowChanged.run();
        }
    }

    /**
     * Brings the elapsed time up to the clock between training events, which may be many seconds apart (the engine
     * starting, a long epoch, a validation pass): the screen calls it every second while a run is going.
     */
    void tick() {
        if (inbox != null) {
            showProgress(clock.getAsLong());
        }
    }

    private void showProgress(long now) {
        LiveProgress snapshot = tracker.snapshot(now);
        progress.set(snapshot);
        runMillis.set(priorMillis + snapshot.elapsedMillis());
    }

    private void finished(MetricsInbox box, TrainingRun run, Throwable error) {
        if (box != inbox) {
            return;
        }
        drain(box);
        // A run that ends before its budget (solved, stopped early, stopped) has no time left to wait for.
        long now = clock.getAsLong();
        tracker.ended(now);
        showProgress(now);
        inbox = null;
        session = null;
        active.set(false);
        starting.set(false);
        paused.set(false);
        if (error != null) {
            status.set(Optional.of(RunStatus.FAILED));
            statusText.set(RunStatus.FAILED.describe(Failure.messageOf(error)));
        } else if (run != null) {
            status.set(Optional.of(run.status()));
            if (evaluable(run)) {
                nextStep.offer(run.name() + " " + run.status().label().toLowerCase(Locale.ROOT) + " after "
                        + run.epochsDone() + (run.epochsDone() == 1 ? " epoch." : " epochs.") + " Next:", run.id());
            }
            // The final row's message wins; without one, keep what the last status said.
            if (!run.message().isBlank() || !statusText.get().startsWith(run.status().label())) {
                statusText.set(run.status().describe(run.message()));
            }
        }
        onRowChanged.run();
    }

    /** A classifier run that ended with at least one epoch: the Evaluate screen lists it. */
    static boolean evaluable(TrainingRun run) {
        return run.epochsDone() > 0 && run.kind() == ModelKind.CLASSIFIER && !CharacterRunNote.isCharacterRun(run)
                && (run.status() == RunStatus.COMPLETED || run.status() == RunStatus.STOPPED
                || run.status() == RunStatus.EARLY_STOPPED);
    }

    LiveCharts charts() {
        return charts;
    }

    GanLive gan() {
        return gan;
    }

    AgentLive agent() {
        return agent;
    }

    LiveText text() {
        return text;
    }

    ReadOnlyObjectProperty<Optional<LiveReconstructions>> reconstructionsProperty() {
        return reconstructions.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    NextStep nextStep() {
        return nextStep;
    }

    ReadOnlyBooleanProperty startingProperty() {
        return starting.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Optional<RunStatus>> statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** The going run's training time so far, earlier sessions included: its history row shows this. */
    ReadOnlyLongProperty runMillisProperty() {
        return runMillis.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<LiveProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
