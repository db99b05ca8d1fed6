package org.whiskerstudio.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.rl.AgentEvaluation.Games;
import org.whiskerstudio.rl.AgentEvaluation.Returns;
import org.whiskerstudio.rl.EnvironmentView.CartView;

/** What an agent's evaluation reports: returns per episode, a replayed episode, and games from both sides. */
class AgentEvaluationTest {
    /** Pushes the cart the way the pole leans (and is falling): keeps it up for a while, not for ever. */
    private static final Policy LEANING = obs -> new double[] {-(obs[2] + 0.3 * obs[3]), obs[2] + 0.3 * obs[3]};

    @Test
    void eachEpisodesReturnIsTheOneItScoresAlone() {
        List<String> messages = new ArrayList<>();
        Returns returns = AgentEvaluation.returns(EnvironmentKind.CARTPOLE, LEANING, 6, 3,
                (done, total, message) -> messages.add(done + "/" + total), Cancellation.none()).orElseThrow();
        SplittableRandom seeds = new SplittableRandom(3);
        for (double r : returns.returns()) {
            assertEquals(Episodes.play(new CartPole(), LEANING, seeds.nextLong()).episodeReturn(), r, 0.0);
        }
        assertEquals(returns.returns().stream().mapToDouble(Double::doubleValue).sum() / 6, returns.mean(), 1e-9);
        assertTrue(returns.min() <= returns.mean() && returns.mean() <= returns.max());
        assertTrue(returns.min() > 9, "the leaning rule keeps the pole up a while: " + returns.returns());
        assertEquals("6/6", messages.get(messages.size() - 1));
        assertEquals(Episodes.averageReturn(CartPole::new, LEANING, 6, 3), returns.mean(), 1e-12);
    }

    @Test
    void aCancelledEvaluationReportsNothing() {
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        assertEquals(Optional.empty(), AgentEvaluation.returns(EnvironmentKind.CARTPOLE, LEANING, 4, 1,
                Progress.NONE, cancelled));
        assertEquals(Optional.empty(), AgentEvaluation.games(Minimax.policy(), 10, 1, Progress.NONE, cancelled));
    }

    @Test
    void aReplayHoldsTheStartAndEveryStepOfTheEpisode() {
        List<EnvironmentView> frames = Episodes.replay(new CartPole(), LEANING, 5);
        Episodes.Result played = Episodes.play(new CartPole(), LEANING, 5);
        assertEquals(played.length() + 1, frames.size());
        double[] start = new CartPole().reset(5);
        CartView first = (CartView) frames.get(0);
        assertEquals(start[0], first.x(), 0.0);
        assertEquals(start[2], first.theta(), 0.0);
        CartView last = (CartView) frames.get(frames.size() - 1);
        assertTrue(Math.abs(last.theta()) > CartPole.THETA_THRESHOLD || Math.abs(last.x()) > CartPole.X_THRESHOLD
                || played.length() == CartPole.MAX_STEPS, "the episode's end: " + last);
    }

    @Test
    void aPerfectPlayerNeverLosesFromEitherSideAndTheRowsComeInTheCommandsOrder() {
        List<Games> rows = AgentEvaluation.games(Minimax.policy(), 50, 2, Progress.NONE, Cancellation.none())
                .orElseThrow();
        assertEquals(List.of("random first", "minimax first", "random second", "minimax second"), rows.stream()
                .map(g -> g.opponent() + " " + AgentEvaluation.side(g.agentFirst())).toList());
        for (Games row : rows) {
            assertEquals(0, row.tally().losses() + row.tally().illegalMoves(), row.toString());
            assertEquals(50, row.tally().games());
        }
        assertEquals(50, rows.get(1).tally().draws(), "perfect against perfect draws");
        assertTrue(rows.get(0).tally().wins() > 40, "and mostly beats a random player: " + rows.get(0));
    }
}
