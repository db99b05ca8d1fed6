package org.whiskerstudio.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the UI thread and hands results back on it. The app wires a thread pool that
 * dispatches through {@code Platform.runLater}; tests use {@link #direct()}.
 */
public interface TaskExecutor extends AutoCloseable {

    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs a callback on the UI thread (or inline for the direct executor). */
    void onUiThread(Runnable action);

    @Override
    void close();

    /** Runs everything at once on the calling thread: for tests and the command line. */
    static TaskExecutor direct() {
        return new TaskExecutor() {
            @Override
            public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public void onUiThread(Runnable action) {
                action.run();
            }

            @Override
            public void close() {
            }
        };
    }
}
