package org.whiskerstudio.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.AgentEnvironment;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.rl.EnvironmentView;
import org.whiskerstudio.rl.EpisodeReport;
import org.whiskerstudio.training.AgentReplay;
import org.whiskerstudio.training.AgentSettings;

/** The Train screen's agent view model: episodes into series, the newest replay, settings from the form. */
class AgentLiveTest {
    private static EpisodeReport episode(int n, double ret) {
        return new EpisodeReport(n, n * 20L, ret, (int) ret, 1.0 / n, n < 3 ? Double.NaN : 0.5);
    }

    private static AgentReplay cart(int frames) {
        List<EnvironmentView> views = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            views.add(new EnvironmentView.CartView(i * 0.01, 0, 2.4));
        }
        return new AgentReplay(10, views, frames - 1);
    }

    @Test
    void theLiveViewReceivesEpisodesWithTheirMovingAverageAndTheNewestReplay() {
        List<MetricsInbox> woken = new ArrayList<>();
        MetricsInbox inbox = new MetricsInbox(woken::add);
        for (int n = 1; n <= 4; n++) {
            inbox.onEpisode(episode(n, n * 10));
        }
        inbox.onReplay(cart(3));
        AgentLive live = new AgentLive();
        live.apply(inbox.take().agent());

        assertEquals(1, woken.size(), "one wake per batch");
        assertEquals(List.of(new ChartPoint(1, 10), new ChartPoint(2, 20), new ChartPoint(3, 30), new ChartPoint(4, 40)),
                live.returns());
        assertEquals(new ChartPoint(4, 25), live.averageReturn().get(3), "the mean of the returns so far");
        assertEquals(List.of(new ChartPoint(3, 0.5), new ChartPoint(4, 0.5)), live.loss(), "no loss before learning");
        assertEquals(4, live.epsilon().size());
        assertTrue(live.episodeTextProperty().get().startsWith("Episode 4 · step 80 · return 40"),
                live.episodeTextProperty().get());
        assertEquals(3, live.replayProperty().get().orElseThrow().frames().size());
        assertTrue(inbox.take().agent().isEmpty(), "taken once");
    }

    @Test
    void anAgentsProgressCountsStepsAndEpisodesOrGamesNotEpochs() {
        ProgressTracker dqn = new ProgressTracker(64);
        dqn.start(new MetricsInbox.Start(1, 1, 50_000, 10_000, LiveProgress.Unit.STEPS), 0);
        dqn.iteration(new org.whiskerstudio.training.IterationMetric(1, 12_345, 0.1, 830));
        dqn.episodes(210);
        LiveProgress p = dqn.snapshot(1_000);
        assertEquals(Math.round(37_655 / 830.0 * 1000), p.etaMillis(), "the rate is in steps already");
        assertTrue(p.text().startsWith("step 12,345 / 50,000 · episode 210 · 830 steps/s · ETA 0:45 · "), p.text());

        ProgressTracker table = new ProgressTracker(64);
        table.start(new MetricsInbox.Start(1, 1, 200_000, 0, LiveProgress.Unit.GAMES), 0);
        table.iteration(new org.whiskerstudio.training.IterationMetric(1, 12_345, 0.1, 9_000));
        assertTrue(table.snapshot(1_000).text().startsWith("game 12,345 / 200,000 · 9,000 games/s · ETA 0:20"),
                table.snapshot(1_000).text());
    }

    @Test
    void theFormHoldsAnAgentsDefaultsAndItsLearnersAndNamesWhatIsWrong() {
        AgentForm form = new AgentForm();
        form.setArchitecture(ModelKind.AGENT, Optional.of(AgentEnvironment.TICTACTOE));

        assertTrue(form.agentProperty().get() && form.boardProperty().get());
        assertEquals(Optional.of(AgentSettings.defaults(AgentEnvironment.TICTACTOE)), form.settings());
        form.learnerProperty().set(AgentSettings.Learner.DQN);
        assertEquals(Optional.of(AgentSettings.defaults(AgentSettings.Learner.DQN)), form.settings());
        assertTrue(form.dqnProperty().get());

        form.setArchitecture(ModelKind.AGENT, Optional.of(AgentEnvironment.CARTPOLE));
        form.learnerProperty().set(AgentSettings.Learner.TABULAR);
        assertTrue(form.problems().stream().anyMatch(p -> p.contains("continuous")), form.problems().toString());
        form.learnerProperty().set(AgentSettings.Learner.DQN);
        form.stepsProperty().set("lots");
        assertEquals(List.of("Steps must be a whole number (is \"lots\")."), List.copyOf(form.problems()));

        form.setArchitecture(ModelKind.CLASSIFIER, Optional.empty());
        assertFalse(form.agentProperty().get());
        assertTrue(form.problems().isEmpty(), "a classifier is not held up by the agent's settings");
    }
}
