package org.whiskerstudio.ui.labelling;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.whiskerstudio.common.TaskExecutor;

/** An executor that holds work until the test lets it run, to see what the screen shows meanwhile. */
final class DeferredExecutor implements TaskExecutor {
    private final Deque<Runnable> held = new ArrayDeque<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        held.add(() -> TaskExecutor.direct().submit(work, onSuccess, onFailure));
    }

    @Override
    public void onUiThread(Runnable action) {
        held.add(action);
    }

    int held() {
        return held.size();
    }

    /** Runs everything held, including what the held work submits in turn. */
    void runAll() {
        while (!held.isEmpty()) {
            held.poll().run();
        }
    }

    @Override
    public void close() {
        held.clear();
    }
}
