package org.whiskerstudio.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.common.TaskExecutor;

/**
 * A {@link Progress} for background work whose reports reach the UI thread at most once per UI turn, the latest
 * value winning: a worker reporting every image never floods the event queue.
 */
public final class CoalescedProgress {
    /** One report, as the UI sees it. */
    public record Update(long done, long total, String message) {
        /** 0..1, or -1 while the total is unknown. */
        public double fraction() {
            return total > 0 ? (double) done / total : -1;
        }
    }

    private CoalescedProgress() {
    }

    /** @param show runs on the UI thread with the latest report */
    public static Progress of(TaskExecutor executor, Consumer<Update> show) {
        AtomicBoolean pending = new AtomicBoolean();
        Update[] latest = {new Update(0, -1, "")};
        return (done, total, message) -> {
            synchronized (latest) {
                latest[0] = new Update(done, total, message);
            }
            if (pending.compareAndSet(false, true)) {
                executor.onUiThread(() -> {
                    pending.set(false);
                    Update u;
                    synchronized (latest) {
                        u = latest[0];
                    }
                    show.accept(u);
                });
            }
        };
    }
}
