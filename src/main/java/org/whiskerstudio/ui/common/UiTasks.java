package org.whiskerstudio.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.common.TaskExecutor;

/**
 * A view model's background work, owned once: work runs through the injected task executor, results come back on the
 * UI thread, failures arrive as a {@link Failure} (one message form on every screen) and, unless the caller handles
 * them, reach the user through the {@link Notifier}; worker progress is throttled on its way to the UI.
 */
public final class UiTasks {
    private final TaskExecutor executor;
    private final Notifier notifier;

    public UiTasks(TaskExecutor executor, Notifier notifier) {
        this.executor = Objects.requireNonNull(executor);
        this.notifier = Objects.requireNonNull(notifier);
    }

    /** Runs {@code work} off the UI thread; on failure the user is told "{@code failureTitle}: message". */
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, String failureTitle) {
        submit(work, onSuccess, f -> notifier.error(failureTitle, f.message()));
    }

    /** Runs {@code work} off the UI thread; a failure goes to {@code onFailure} on the UI thread. */
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Failure> onFailure) {
        executor.submit(work, onSuccess, e -> onFailure.accept(new Failure(e)));
    }

    /** Runs {@code action} on the UI thread (inline with the direct executor). */
    public void onUiThread(Runnable action) {
        executor.onUiThread(action);
    }

    /** Progress for work submitted here: see {@link ProgressThrottle#of(TaskExecutor, Consumer)}. */
    public Progress progress(Consumer<ProgressThrottle.Update> show) {
        return ProgressThrottle.of(executor, show);
    }

    /** Progress at most every {@code minIntervalMillis}: see {@link ProgressThrottle}. */
    public Progress progress(long minIntervalMillis, Consumer<ProgressThrottle.Update> show) {
        return ProgressThrottle.of(executor, minIntervalMillis, show);
    }

    /** Where messages for the user go. */
    public Notifier notifier() {
        return notifier;
    }

    /** Tells the user of a failure in the common form. */
    public void report(String title, Failure failure) {
        notifier.error(title, failure.message());
    }
}
