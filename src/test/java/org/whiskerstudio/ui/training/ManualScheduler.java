package org.whiskerstudio.ui.training;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Keeps scheduled UI actions and their delays until the test runs them: deterministic coalescing. */
final class ManualScheduler implements UiScheduler {
    final List<Long> delays = new ArrayList<>();
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public synchronized void schedule(Runnable action, long delayMillis) {
        queue.add(action);
        delays.add(delayMillis);
    }

    synchronized int pending() {
        return queue.size();
    }

    /** Runs what is queued, including what those actions queue. */
    void runAll() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = queue.poll();
            }
            if (next == null) {
                return;
            }
            next.run();
        }
    }
}
