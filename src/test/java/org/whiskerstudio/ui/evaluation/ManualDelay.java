package org.whiskerstudio.ui.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.whiskerstudio.ui.common.UiDelay;

/** A delay that runs what waits only when the test says so. */
final class ManualDelay implements UiDelay {
    private final List<Runnable> waiting = new ArrayList<>();

    @Override
    public Pending after(Duration delay, Runnable action) {
        waiting.add(action);
        return () -> waiting.remove(action);
    }

    int pending() {
        return waiting.size();
    }

    void runAll() {
        List<Runnable> now = List.copyOf(waiting);
        waiting.clear();
        now.forEach(Runnable::run);
    }
}
