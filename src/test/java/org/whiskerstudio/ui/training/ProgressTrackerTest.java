package org.whiskerstudio.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.rl.EpisodeReport;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingRun;

class ProgressTrackerTest {
    @Test
    void aRunThatEndsBeforeItsBudgetShowsNoTimeLeftAndItsClockStops() {
        ProgressTracker tracker = new ProgressTracker(1);
        tracker.start(new MetricsInbox.Start(1, 1, 100_000, 0, LiveProgress.Unit.STEPS), 0);
        tracker.iteration(new IterationMetric(1, 60_878, 0.25, 300));
        LiveProgress going = tracker.snapshot(200_000);
        assertTrue(going.etaMillis() > 0);
        assertTrue(going.text().contains("ETA"), going.text());

        tracker.ended(220_000);
        LiveProgress ended = tracker.snapshot(500_000);
        assertEquals(-1, ended.etaMillis());
        assertFalse(ended.text().contains("ETA"), ended.text());
        assertEquals(220_000, ended.elapsedMillis(), "the clock stopped when the run ended");
        assertTrue(ended.text().startsWith("step 60,878 / 100,000"), ended.text());
    }

    @Test
    void theGoingAgentsRowCountsEpisodesFromTheScreenNotFromItsLastCheckpoint() {
        // The row as written at the run's start: no checkpoint yet, so no episodes.
        TrainingRun run = new TrainingRun(3, "Cart-pole DQN #3", "Cart-pole DQN", RunStatus.RUNNING, "", Instant.EPOCH,
                Instant.EPOCH, 0, 0, TrainingConfig.defaults(), OptionalInt.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), ModelKind.AGENT);
        RunHistory history = new RunHistory(null);
        AgentLive.Latest latest = new AgentLive.Latest(new EpisodeReport(451, 45_970, 171, 171, 0.04, 0.42), 162.9);
        assertEquals("Agent · 451 episodes · average return 162.90 · 2:29",
                history.factsOf(run, 149_000, Optional.of(latest)));
        assertEquals("Agent · 0 episodes · 2:29", history.factsOf(run, 149_000, Optional.empty()));
    }
}
