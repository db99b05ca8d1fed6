package org.whiskerstudio.ui.evaluation;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.ui.common.ProgressThrottle;
import org.whiskerstudio.ui.common.UiTasks;

/**
 * One long evaluation at a time off the UI thread, with throttled progress and Cancel: what the Agents and Boxes
 * tabs share. Progress reaches the screen only from the evaluation going on (a cancelled one's late updates are
 * dropped); running is false again before the result or the failure is handled. UI thread only.
 */
final class OneAtATime {
    /** The work: it reports to {@code progress} and stops early (returning what says so) when cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress, Cancellation cancellation) throws Exception;
    }

    private final UiTasks tasks;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private Cancellation cancellation = new Cancellation();

    OneAtATime(UiTasks tasks) {
        this.tasks = tasks;
    }

    /**
     * Starts {@code work} unless one is running.
     *
     * @param progress     shows an update of this evaluation
     * @param done         takes its result
     * @param failureTitle names the failure reported
     * @param failed       runs before the failure is reported
     * @return whether it started
     */
    <T> boolean start(Work<T> work, Consumer<ProgressThrottle.Update> progress, Consumer<T> done,
                      String failureTitle, Runnable failed) {
        if (running.get()) {
            return false;
        }
        Cancellation mine = new Cancellation();
        cancellation = mine;
        running.set(true);
        Progress shown = tasks.progress(EvaluationRunner.PROGRESS_INTERVAL_MILLIS, u -> {
            if (cancellation == mine && running.get()) {
                progress.accept(u);
            }
        });
        tasks.submit(() -> work.run(shown, mine), result -> {
            running.set(false);
            done.accept(result);
        }, failure -> {
            running.set(false);
            failed.run();
            tasks.report(failureTitle, failure);
        });
        return true;
    }

    /** Stops the evaluation going on at its next check. */
    void cancel() {
        cancellation.cancel();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
