package org.whiskerstudio.ui.training;

import java.util.Optional;
import org.whiskerstudio.rl.EpisodeReport;
import org.whiskerstudio.rl.MovingAverage;
import org.whiskerstudio.training.AgentReplay;

/**
 * An agent run's part of a {@link MetricsInbox}: per episode its return, the moving average of the last
 * {@value #AVERAGE_OVER} returns, its length, epsilon and loss, each through a {@link SeriesDecimator} (a board game
 * ends thousands of episodes a second), and the newest greedy episode to replay. Guarded by the inbox's lock.
 */
final class AgentInbox {
    /** Returns in the moving average, as Gym's "solved" line counts them. */
    static final int AVERAGE_OVER = 100;
    private final SeriesDecimator returns = decimator();
    private final SeriesDecimator average = decimator();
    private final SeriesDecimator length = decimator();
    private final SeriesDecimator epsilon = decimator();
    private final SeriesDecimator loss = decimator();
    private final MovingAverage moving = new MovingAverage(AVERAGE_OVER);
    private boolean changed;
    private EpisodeReport last;
    private double lastAverage;
    private AgentReplay replay;

    private static SeriesDecimator decimator() {
        return new SeriesDecimator(MetricsInbox.MAX_LOSS_POINTS);
    }

    void episode(EpisodeReport e) {
        returns.add(e.episode(), e.episodeReturn());
        lastAverage = moving.add(e.episodeReturn());
        average.add(e.episode(), lastAverage);
        length.add(e.episode(), e.length());
        epsilon.add(e.episode(), e.epsilon());
        if (Double.isFinite(e.loss())) {
            loss.add(e.episode(), e.loss());
        }
        last = e;
        changed = true;
    }

    void replay(AgentReplay next) {
        replay = next;
    }

    AgentLive.Update take() {
        AgentLive.Update update = new AgentLive.Update(changed ? Optional.of(new AgentLive.Series(returns.points(),
                average.points(), length.points(), epsilon.points(), loss.points())) : Optional.empty(),
                Optional.ofNullable(last).map(e -> new AgentLive.Latest(e, lastAverage)), Optional.ofNullable(replay));
        changed = false;
        last = null;
        replay = null;
        return update;
    }
}
