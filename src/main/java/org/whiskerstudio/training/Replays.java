package org.whiskerstudio.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.whiskerstudio.architecture.AgentEnvironment;
import org.whiskerstudio.rl.Environment;
import org.whiskerstudio.rl.EnvironmentKind;
import org.whiskerstudio.rl.EnvironmentView;
import org.whiskerstudio.rl.NoughtsAndCrosses;
import org.whiskerstudio.rl.Opponent;
import org.whiskerstudio.rl.Policy;
import org.whiskerstudio.rl.Step;

/**
 * The greedy episodes an agent run shows while it learns: one every {@link #EVERY_MILLIS} of training, played in an
 * environment of its own (noughts &amp; crosses against the perfect player, first and second in turn, so a learnt
 * agent draws), from seeds of their own so the learner's episodes are untouched.
 */
public final class Replays {
    public static final long EVERY_MILLIS = 5_000;
    private final AgentEnvironment environment;
    private final SplittableRandom seeds;
    private long nextAt = 1_000;
    private int played;

    public Replays(AgentEnvironment environment, long seed) {
        this.environment = environment;
        this.seeds = new SplittableRandom(seed ^ 0x5EED_4E71A7L);
    }

    /** A greedy episode of {@code policy} when one is due at {@code nowMillis} of training time. */
    public Optional<AgentReplay> next(long nowMillis, int afterEpisode, Policy policy) {
        if (nowMillis < nextAt) {
            return Optional.empty();
        }
        nextAt = nowMillis + EVERY_MILLIS;
        return Optional.of(play(afterEpisode, policy));
    }

    /** A greedy episode of {@code policy} now, due or not: a run's last, so the screen ends on the agent it saved. */
    public AgentReplay play(int afterEpisode, Policy policy) {
        Environment env = environment == AgentEnvironment.TICTACTOE
                ? new NoughtsAndCrosses(Opponent.perfect(), played % 2 == 0)
                : EnvironmentKind.of(environment).create();
        played++;
        double[] observation = env.reset(seeds.nextLong());
        List<EnvironmentView> frames = new ArrayList<>(List.of(env.view()));
        double total = 0;
        boolean done = false;
        while (!done) {
            Step step = env.step(policy.act(observation, env.legalActions()));
            frames.add(env.view());
            total += step.reward();
            observation = step.observation();
            done = step.done();
        }
        return new AgentReplay(afterEpisode, frames, total);
    }
}
