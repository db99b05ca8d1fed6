package org.whiskerstudio.ui.labelling;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.whiskerstudio.ui.common.Failure;
import org.whiskerstudio.ui.common.UiTasks;

/**
 * Runs the Label screen's store work one job at a time, in the order the user asked for it. A job is planned
 * on the UI thread only when its turn comes, so it sees the state every earlier job left (a key pressed twice
 * quickly tags the image the first press moved to); its work runs through {@link UiTasks} (the task executor,
 * whose pool may have several threads and so would not keep the order by itself); its result is applied on the UI thread
 * before the next job is planned.
 */
final class StoreQueue {
    /**
     * One step: {@code plan} (UI thread) returns the work, or nothing to do; {@code apply} (UI thread) takes its
     * result, {@code failed} (UI thread) its error.
     */
    record Job<T>(Supplier<Optional<Callable<T>>> plan, Consumer<T> apply, Consumer<Failure> failed) {
    }

    private final UiTasks tasks;
    private final Deque<Job<?>> waiting = new ArrayDeque<>();
    private boolean running;

    StoreQueue(UiTasks tasks) {
        this.tasks = tasks;
    }

    <T> void add(Supplier<Optional<Callable<T>>> plan, Consumer<T> apply, Consumer<Failure> failed) {
        waiting.add(new Job<>(plan, apply, failed));
        if (!running) {
            runNext();
        }
    }

    /** True while work is queued or running (the bench and tests wait for it). */
    boolean busy() {
        return running || !waiting.isEmpty();
    }

    private void runNext() {
        // A loop, not recursion: with a direct executor every job finishes inside submit.
        while (!running && !waiting.isEmpty()) {
            start(waiting.poll());
        }
    }

    private <T> void start(Job<T> job) {
        Optional<Callable<T>> work;
        try {
            work = job.plan().get();
        } catch (RuntimeException e) {
            job.failed().accept(new Failure(e));
            return;
        }
        if (work.isEmpty()) {
            return;
        }
        running = true;
        tasks.submit(work.get(), result -> finish(() -> job.apply().accept(result)),
                failure -> finish(() -> job.failed().accept(failure)));
    }

    private void finish(Runnable onUiThread) {
        try {
            onUiThread.run();
        } finally {
            running = false;
            runNext();
        }
    }
}
