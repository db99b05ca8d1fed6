package org.whiskerstudio.ui.training;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.whiskerstudio.common.TaskExecutor;

/**
 * Runs an action on the UI thread after a delay: how training events, which arrive on the training thread, are
 * brought to the screen at a bounded rate. Tests pass one that runs queued actions when told to.
 */
@FunctionalInterface
public interface UiScheduler {
    /** Called from any thread; {@code action} runs on the UI thread no sooner than {@code delayMillis} from now. */
    void schedule(Runnable action, long delayMillis);

    /** A daemon timer thread that hands each action to the executor's UI thread when its delay is over. */
    static UiScheduler delayed(TaskExecutor executor) {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "whisker-ui-timer");
            t.setDaemon(true);
            return t;
        });
        // The thread goes away between runs rather than idle for the life of the app.
        timer.setKeepAliveTime(5, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
        return (action, delayMillis) -> {
            if (delayMillis <= 0) {
                executor.onUiThread(action);
            } else {
                timer.schedule(() -> executor.onUiThread(action), delayMillis, TimeUnit.MILLISECONDS);
            }
        };
    }
}
