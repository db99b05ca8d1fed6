package org.whiskerstudio.rl;

import java.util.SplittableRandom;

/** Playing a policy greedily (no exploration), for evaluation and for showing what it learnt. */
public final class Episodes {
    private Episodes() {
    }

    /** The return and length of one greedy episode. */
    public record Result(double episodeReturn, int length) {
    }

    /** One episode from {@code env.reset(seed)} to its end. */
    public static Result play(Environment env, Policy policy, long seed) {
        double[] observation = env.reset(seed);
        double total = 0;
        int length = 0;
        boolean done = false;
        while (!done) {
            Step step = env.step(policy.act(observation, env.legalActions()));
            total += step.reward();
            observation = step.observation();
            length++;
            done = step.done();
        }
        return new Result(total, length);
    }

    /** The mean return over {@code episodes} greedy episodes, their starts drawn from {@code seed}. */
    public static double averageReturn(Environment env, Policy policy, int episodes, long seed) {
        SplittableRandom seeds = new SplittableRandom(seed);
        double sum = 0;
        for (int i = 0; i < episodes; i++) {
            sum += play(env, policy, seeds.nextLong()).episodeReturn();
        }
        return sum / episodes;
    }
}
