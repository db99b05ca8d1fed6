package org.whiskerstudio.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A {@link TaskExecutor} over a small pool of daemon threads, dispatching results through a UI executor. */
public final class PooledTaskExecutor implements TaskExecutor {
    private static final Logger LOG = Logger.getLogger(PooledTaskExecutor.class.getName());
    private final ExecutorService pool;
    private final Executor ui;

    public PooledTaskExecutor(int threads, Executor uiDispatcher) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "whisker-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.ui = uiDispatcher;
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        pool.execute(() -> {
            try {
                T result = work.call();
                ui.execute(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                LOG.log(Level.WARNING, "background task failed", e);
                ui.execute(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void onUiThread(Runnable action) {
        ui.execute(action);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
