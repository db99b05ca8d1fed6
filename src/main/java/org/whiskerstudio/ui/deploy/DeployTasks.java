package org.whiskerstudio.ui.deploy;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.deploy.OnnxParityFailed;
import org.whiskerstudio.ui.common.UiTasks;

/**
 * The Deploy screen's one background task at a time (predict a folder, export a bundle or ONNX, import) with its
 * progress, status line and Cancel; a second one asked for while one runs is ignored.
 */
final class DeployTasks {
    /** A task's work; its answer is the status line shown when it is done. */
    @FunctionalInterface
    interface Task {
        String run(Progress progress, Cancellation cancellation) throws Exception;
    }

    private final UiTasks tasks;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper();
    private Cancellation cancellation = new Cancellation();

    DeployTasks(UiTasks tasks) {
        this.tasks = tasks;
    }

    void run(String title, Task task) {
        run(title, Optional.empty(), task);
    }

    /** @param written the file the task writes: once written, the user is told where, with Open folder */
    void run(String title, Optional<Path> written, Task task) {
        if (busy.get()) {
            return;
        }
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        busy.set(true);
        cancellable.set(true);
        progress.set(-1);
        message.set(title + "...");
        Progress updates = tasks.progress(u -> {
            if (busy.get()) {
                progress.set(u.fraction());
                message.set(title + ": " + u.done() + "/" + u.total() + "  " + u.message());
            }
        });
        tasks.submit(() -> task.run(updates, cancel), (String done) -> {
            finish();
            message.set(done);
            written.ifPresent(file -> tasks.notifier().fileWritten("Export finished", done, file));
        }, f -> {
            finish();
            // A failed ONNX check is the export's answer, not only an error: the status line keeps its figures.
            message.set(title + " failed" + (f.cause() instanceof OnnxParityFailed p ? ": " + p.parity().line()
                    + ", nothing was written" : "") + ".");
            tasks.report(title + " failed", f);
        });
    }

    /** Stops the running task at its next step (a folder's CSV is then not written). */
    void cancel() {
        cancellation.cancel();
    }

    private void finish() {
        busy.set(false);
        cancellable.set(false);
        progress.set(0);
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }
}
