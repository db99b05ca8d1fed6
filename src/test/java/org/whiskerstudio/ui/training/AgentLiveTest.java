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

/** The Train screen's agent view model: episodes into series, replays paced, settings from the form. */
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
    void aReplayIsPacedAtThirtyFramesASecondHeldAtItsEndAndTheNewestWaits() {
        ReplayPlayer player = new ReplayPlayer();
        assertTrue(player.frameAt(0).isPresent() == false);
        AgentReplay first = cart(4);
        player.offer(first);
        long frame = 1_000_000_000L / ReplayPlayer.CART_FPS;

        assertEquals(Optional.of(first.frames().get(0)), player.frameAt(0));
        assertTrue(player.frameAt(frame / 2).isEmpty(), "no redraw within a frame");
        assertEquals(Optional.of(first.frames().get(1)), player.frameAt(frame));
        AgentReplay second = cart(2);
        player.offer(cart(5));
        player.offer(second);
        assertEquals(Optional.of(first.frames().get(3)), player.frameAt(10 * frame), "played to its end");
        assertTrue(player.frameAt(4 * frame + 1_000_000_000L).isEmpty(), "the last frame is held");
        assertEquals(Optional.of(second.frames().get(0)), player.frameAt(4 * frame + 1_600_000_000L),
                "then the newest offered, the older waiting one skipped");
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
