package org.whiskerstudio.ui.evaluation;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.StringProperty;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.evaluation.EvaluationData;
import org.whiskerstudio.evaluation.EvaluationService;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.ui.common.UiTasks;

/**
 * One evaluation at a time of the Evaluate screen (a classifier's, or an autoencoder's anomaly scores): the open
 * project's engine, the work off the FX thread with its progress (at most ten updates a second) and cancellation, and
 * what the status line says meanwhile.
 */
final class EvaluationRunner {
    static final String UNAVAILABLE = "Evaluating is not available in this build: its engine is not installed.";
    /** Progress reaches the screen at most ten times a second. */
    static final long PROGRESS_INTERVAL_MILLIS = 100;
    private final UiTasks tasks;
    private final StringProperty status;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private Optional<EvaluationService> service = Optional.empty();
    private Cancellation cancellation = new Cancellation();

    /** @param status the screen's status line, which the run's progress messages fill */
    EvaluationRunner(UiTasks tasks, StringProperty status) {
        this.tasks = tasks;
        this.status = status;
    }

    /** The engine of the project just opened (a running evaluation is cancelled). */
    void use(Optional<EvaluationService> engine) {
        cancel();
        service = engine;
    }

    /** Work that reports progress and can be cancelled; empty when it was. */
    @FunctionalInterface
    interface Work<T> {
        Optional<T> run(Progress progress, Cancellation cancellation) throws Exception;
    }

    /**
     * Evaluates {@code chosen} on {@code data} in {@code session}; {@code done} gets the outcome unless it was
     * cancelled or {@code stillWanted} says the screen has moved on (another project).
     */
    void start(ProjectSession session, RunChoice chosen, EvaluationData data, BooleanSupplier stillWanted,
               Consumer<Loaded> done) {
        if (service.isEmpty()) {
            status.set(UNAVAILABLE);
            return;
        }
        EvaluationService engine = service.get();
        run("Evaluating", chosen.name(), (p, c) -> Optional.of(Loaded.evaluate(session, engine, chosen.id(), data,
                p, c)).filter(l -> l.evaluation().isPresent()), stillWanted, done);
    }

    /** Runs {@code work} off the FX thread ("{@code doing} {@code name}..."), with progress and Cancel. */
    <T> void run(String doing, String name, Work<T> work, BooleanSupplier stillWanted, Consumer<T> done) {
        Cancellation mine = new Cancellation();
        cancellation = mine;
        running.set(true);
        progress.set(-1);
        status.set(doing + " " + name + "...");
        Progress shown = tasks.progress(PROGRESS_INTERVAL_MILLIS, u -> {
            if (cancellation == mine && running.get()) {
                progress.set(u.fraction());
                status.set(u.message());
            }
        });
        tasks.submit(() -> work.run(shown, mine), outcome -> {
            running.set(false);
            if (!stillWanted.getAsBoolean()) {
                return;
            }
            if (outcome.isEmpty()) {
                status.set("Evaluation cancelled.");
            } else {
                done.accept(outcome.get());
            }
        }, f -> {
            running.set(false);
            status.set("");
            tasks.report("Cannot evaluate " + name, f);
        });
    }

    void cancel() {
        cancellation.cancel();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the amount is not known yet. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
