package org.whiskerstudio.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Worker progress reaches the UI thread coalesced (latest wins) and, with an interval, no more often than that. */
class ProgressThrottleTest {
    private final QueuedUiExecutor executor = new QueuedUiExecutor();
    private final List<ProgressThrottle.Update> shown = new ArrayList<>();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void reportsBetweenUiTurnsBecomeOneUpdateWithTheLatestValues() {
        ProgressThrottle progress = new ProgressThrottle(executor, 0, nanos::get, shown::add);

        for (int i = 1; i <= 50; i++) {
            progress.update(i, 100, "image " + i);
        }

        assertEquals(1, executor.runUi(), "one UI action for fifty reports");
        assertEquals(List.of(new ProgressThrottle.Update(50, 100, "image 50")), shown);
    }

    @Test
    void aReportAfterAUiTurnIsShownInTheNextOne() {
        ProgressThrottle progress = new ProgressThrottle(executor, 0, nanos::get, shown::add);
        progress.update(1, 3, "a");
        executor.runUi();

        progress.update(2, 3, "b");
        executor.runUi();

        assertEquals(List.of("a", "b"), shown.stream().map(ProgressThrottle.Update::message).toList());
    }

    @Test
    void withAnIntervalReportsInsideItAreHeldButTheLastOneComesThrough() {
        ProgressThrottle progress = new ProgressThrottle(executor, 100, nanos::get, shown::add);
        progress.update(1, 10, "first");
        executor.runUi();

        nanos.addAndGet(50_000_000L);
        progress.update(5, 10, "held");
        assertEquals(0, executor.runUi(), "50 ms after the last update: held back");

        nanos.addAndGet(10_000_000L);
        progress.update(10, 10, "done");
        executor.runUi();

        assertEquals(List.of("first", "done"), shown.stream().map(ProgressThrottle.Update::message).toList());
    }

    @Test
    void theIntervalOverTheNextReportGoesThrough() {
        ProgressThrottle progress = new ProgressThrottle(executor, 100, nanos::get, shown::add);
        progress.update(1, 10, "first");
        executor.runUi();

        nanos.addAndGet(150_000_000L);
        progress.update(2, 10, "second");
        executor.runUi();

        assertEquals(2, shown.size());
    }

    @Test
    void anUnknownTotalHasNoFractionAndCountsByMessage() {
        ProgressThrottle.Update looking = new ProgressThrottle.Update(3, -1, "Looking for images...");

        assertEquals(-1, looking.fraction());
        assertEquals("Looking for images...", looking.counted());
        assertEquals("3 of 4", new ProgressThrottle.Update(3, 4, "x").counted());
    }
}
