package org.whiskerstudio.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.whiskerstudio.common.TaskExecutor;

/** Runs work at once but holds UI-thread actions until {@link #runUi()}, like turns of a UI event loop. */
final class QueuedUiExecutor implements TaskExecutor {
    private final List<Runnable> queued = new ArrayList<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        TaskExecutor.direct().submit(work, onSuccess, onFailure);
    }

    @Override
    public void onUiThread(Runnable action) {
        queued.add(action);
    }

    /** Runs the actions queued so far; returns how many ran. */
    int runUi() {
        List<Runnable> now = List.copyOf(queued);
        queued.clear();
        now.forEach(Runnable::run);
        return now.size();
    }

    @Override
    public void close() {
    }
}
