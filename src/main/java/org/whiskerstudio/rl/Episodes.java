package org.whiskerstudio.rl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;

/** Playing a policy greedily (no exploration), for evaluation and for showing what it learnt. */
public final class Episodes {
    private Episodes() {
    }

    /** The return and length of one greedy episode. */
    public record Result(double episodeReturn, int length) {
    }

    /** One episode from {@code env.reset(seed)} to its end. */
    public static Result play(Environment env, Policy policy, long seed) {
        return play(env, policy, seed, () -> { });
    }

    /** One episode, {@code onState} told after the reset and after each step, when the environment shows the state. */
    private static Result play(Environment env, Policy policy, long seed, Runnable onState) {
        double[] observation = env.reset(seed);
        onState.run();
        double total = 0;
        int length = 0;
        boolean done = false;
        while (!done) {
            Step step = env.step(policy.act(observation, env.legalActions()));
            onState.run();
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
        return Arrays.stream(returns(environments, policy, episodes, seed, Progress.NONE, Cancellation.none())
                .orElseThrow()).average().orElse(Double.NaN);
    }

    /**
     * The return of each of {@code episodes} greedy episodes played side by side as {@link #averageReturn} plays
     * them, in the order of their seeds; {@code progress} counts finished episodes. Empty when cancelled.
     */
    public static Optional<double[]> returns(Supplier<Environment> environments, Policy policy, int episodes,
                                             long seed, Progress progress, Cancellation cancellation) {
        SplittableRandom seeds = new SplittableRandom(seed);
        List<Environment> running = new ArrayList<>();
        List<double[]> observations = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < episodes; i++) {
            Environment env = environments.get();
            observations.add(env.reset(seeds.nextLong()));
            running.add(env);
            indices.add(i);
        }
        double[] returns = new double[episodes];
        int finished = 0;
        while (!running.isEmpty()) {
            if (cancellation.isCancelled()) {
                return Optional.empty();
            }
            double[][] values = policy.valuesOfAll(observations.toArray(double[][]::new));
            for (int i = running.size() - 1; i >= 0; i--) {
                Environment env = running.get(i);
                Step step = env.step(Greedy.best(values[i], env.legalActions()));
                returns[indices.get(i)] += step.reward();
                if (step.done()) {
                    running.remove(i);
                    observations.remove(i);
                    indices.remove(i);
                    finished++;
                    progress.update(finished, episodes, finished + " of " + episodes + " episodes played");
                } else {
                    observations.set(i, step.observation());
                }
            }
        }
        return Optional.of(returns);
    }

    /** What a screen draws at each step of one greedy episode from {@code env.reset(seed)}, the start included. */
    public static List<EnvironmentView> replay(Environment env, Policy policy, long seed) {
        List<EnvironmentView> frames = new ArrayList<>();
        play(env, policy, seed, () -> frames.add(env.view()));
        return List.copyOf(frames);
    }
}
