package org.whiskerstudio.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.common.TaskExecutor;

/**
 * Progress from a worker to the UI thread without flooding it: at most one report waits for the UI thread at a time,
 * the latest winning, and reports closer together than a minimum interval are held back, except the one that says the
 * work is done. A worker reporting every image thus costs the UI a handful of updates a second.
 */
public final class ProgressThrottle implements Progress {
    /** One report, as the UI sees it. */
    public record Update(long done, long total, String message) {
        /** 0..1, or -1 while the total is unknown. */
        public double fraction() {
            return total > 0 ? (double) done / total : -1;
        }

        /** "3 of 10", or just the message while the total is unknown. */
        public String counted() {
            return total > 0 ? done + " of " + total : message;
        }
    }

    private final TaskExecutor executor;
    private final long minIntervalNanos;
    private final LongSupplier nanoClock;
    private final Consumer<Update> show;
    private final AtomicReference<Update> latest = new AtomicReference<>(new Update(0, -1, ""));
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicLong lastSent = new AtomicLong(Long.MIN_VALUE);

    ProgressThrottle(TaskExecutor executor, long minIntervalMillis, LongSupplier nanoClock, Consumer<Update> show) {
        this.executor = executor;
        this.minIntervalNanos = minIntervalMillis * 1_000_000L;
        this.nanoClock = nanoClock;
        this.show = show;
    }

    /** Reports reach {@code show} on the UI thread at most once per UI turn, the latest winning. */
    public static Progress of(TaskExecutor executor, Consumer<Update> show) {
        return of(executor, 0, show);
    }

    /** As {@link #of(TaskExecutor, Consumer)}, and no more often than every {@code minIntervalMillis}. */
    public static Progress of(TaskExecutor executor, long minIntervalMillis, Consumer<Update> show) {
        return new ProgressThrottle(executor, minIntervalMillis, System::nanoTime, show);
    }

    @Override
    public void update(long done, long total, String message) {
        latest.set(new Update(done, total, message));
        long now = nanoClock.getAsLong();
        boolean finished = total >= 0 && done >= total;
        long last = lastSent.get();
        if (!finished && last != Long.MIN_VALUE && now - last < minIntervalNanos) {
            return; // held: the next report that goes through carries the latest values
        }
        if (pending.compareAndSet(false, true)) {
            lastSent.set(now);
            executor.onUiThread(() -> {
                pending.set(false);
                show.accept(latest.get());
            });
        }
    }
}
