package org.whiskerstudio.rl;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

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

    /**
     * As {@link #averageReturn}, the same episodes from the same seeds, played side by side in one environment each
     * so that the policy values all running episodes' observations in one call: a network then makes one pass of
     * up to {@code episodes} rows per step instead of one pass per observation.
     */
    public static double averageReturn(Supplier<Environment> environments, Policy policy, int episodes, long seed) {
        SplittableRandom seeds = new SplittableRandom(seed);
        List<Environment> running = new ArrayList<>();
        List<double[]> observations = new ArrayList<>();
        for (int i = 0; i < episodes; i++) {
            Environment env = environments.get();
            observations.add(env.reset(seeds.nextLong()));
            running.add(env);
        }
        double sum = 0;
        while (!running.isEmpty()) {
            double[][] values = policy.valuesOfAll(observations.toArray(double[][]::new));
            for (int i = running.size() - 1; i >= 0; i--) {
                Environment env = running.get(i);
                Step step = env.step(Greedy.best(values[i], env.legalActions()));
                sum += step.reward();
                if (step.done()) {
                    running.remove(i);
                    observations.remove(i);
                } else {
                    observations.set(i, step.observation());
                }
            }
        }
        return sum / episodes;
    }
}
