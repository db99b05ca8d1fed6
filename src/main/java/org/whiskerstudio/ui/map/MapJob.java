package org.whiskerstudio.ui.map;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.ui.common.UiTasks;

/**
 * The map's one long job at a time (computing a map, scoring its points) with its progress and Cancel; a job's late
 * answer after Cancel or a newer job is dropped.
 */
final class MapJob {
    /** Work that reports progress and stops when cancelled (empty then). */
    @FunctionalInterface
    interface Work<T> {
        Optional<T> run(Progress progress, Cancellation cancel) throws Exception;
    }

    private final UiTasks tasks;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Cancellation cancellation = new Cancellation();
    private long generation;

    MapJob(UiTasks tasks) {
        this.tasks = tasks;
    }

    /**
     * Starts {@code work} unless a job runs; {@code done} gets its answer (empty when it stopped on Cancel), a failure
     * goes to {@code failed} as "{@code failureTitle}: message".
     */
    <T> boolean start(String startMessage, Work<T> work, Consumer<Optional<T>> done, String failureTitle,
                      Consumer<String> failed) {
        if (busy.get()) {
            return false;
        }
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        long asked = ++generation;
        busy.set(true);
        message.set(startMessage);
        progress.set(-1);
        tasks.submit(() -> work.run(tasks.progress(u -> {
            message.set(u.message());
            progress.set(u.fraction());
        }), cancel), answer -> {
            if (asked == generation) {
                busy.set(false);
                done.accept(answer);
            }
        }, f -> {
            if (asked == generation) {
                busy.set(false);
                failed.accept(failureTitle + ": " + f.message());
            }
        });
        return true;
    }

    /** Stops the running job; true when one was running (its answer will be dropped). */
    boolean cancel() {
        cancellation.cancel();
        if (!busy.get()) {
            return false;
        }
        generation++;
        busy.set(false);
        return true;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
