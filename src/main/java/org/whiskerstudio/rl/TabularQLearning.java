package org.whiskerstudio.rl;

import java.util.List;

/**
 * Q-learning with a table (Watkins 1989) over several environments in turn, e.g. noughts &amp; crosses as first and
 * second player against a random, a perfect and a mixed opponent: the opponents are part of the environment, so
 * the table learns to win against the weak and never to lose against the perfect. Seeded: the same options and seed
 * learn the same table, and a learner built from a saved table and {@link Progress} goes on exactly as the one saved.
 */
public final class TabularQLearning {
    /** Learning rate, discount, exploration, episodes and seed. */
    public record Options(int episodes, double learningRate, double discount, EpsilonSchedule epsilon, long seed) {
        public Options {
            if (episodes < 1 || learningRate <= 0 || learningRate > 1 || discount < 0 || discount > 1) {
                throw new IllegalArgumentException("Tabular Q-learning needs episodes >= 1, a rate in (0, 1] and a "
                        + "discount in [0, 1]");
            }
        }

        /** What {@code whisker rl train tictactoe} uses unless told otherwise. */
        public static Options defaults(long seed) {
            return new Options(200_000, 0.1, 0.95, new EpsilonSchedule(1.0, 0.05, 150_000), seed);
        }
    }

    /**
     * Where a run stands between episodes: episodes and steps done, and the random stream's state
     * ({@link ResumableRandom#state()}).
     */
    public record Progress(int episodes, long steps, long random) {
        public Progress {
            if (episodes < 0 || steps < episodes) {
                throw new IllegalArgumentException("A run's progress counts at least a step per episode, never fewer "
                        + "than none (" + episodes + " episodes, " + steps + " steps)");
            }
        }

        /** Before the first episode of a run seeded {@code seed}. */
        public static Progress start(long seed) {
            return new Progress(0, 0, seed);
        }
    }

    private final List<Environment> environments;
    private final Options options;
    private final QTable table;
    private final ResumableRandom random;
    private int episodes;
    private long steps;

    public TabularQLearning(List<Environment> environments, Options options) {
        this(environments, options, new QTable(environments.isEmpty() ? 1 : environments.get(0).actionCount()),
                Progress.start(options.seed()));
    }

    /** A learner going on from a saved {@code table} and {@code progress}. */
    public TabularQLearning(List<Environment> environments, Options options, QTable table, Progress progress) {
        if (environments.isEmpty()) {
            throw new IllegalArgumentException("Q-learning needs at least one environment");
        }
        if (table.actions() != environments.get(0).actionCount()) {
            throw new IllegalArgumentException("The table has " + table.actions() + " actions, the environment "
                    + environments.get(0).actionCount());
        }
        this.environments = List.copyOf(environments);
        this.options = options;
        this.table = table;
        this.random = ResumableRandom.at(progress.random());
        this.episodes = progress.episodes();
        this.steps = progress.steps();
    }

    public QTable table() {
        return table;
    }

    /** Where the run stands: read it between episodes (from the listener) to save the learner. */
    public Progress progress() {
        return new Progress(episodes, steps, random.state());
    }

    /** Trains episode after episode, the environments taken in turn, until done or the listener says stop. */
    public QTable train(TrainingListener listener) {
        for (int episode = episodes; episode < options.episodes() && listener.keepGoing(); episode++) {
            Environment env = environments.get(episode % environments.size());
            double epsilon = options.epsilon().at(episode);
            double[] observation = env.reset(random.nextLong());
            double total = 0;
            double squaredErrors = 0;
            int length = 0;
            boolean done = false;
            while (!done) {
                int action = Greedy.epsilonGreedy(table.values(observation), env.legalActions(), epsilon, random);
                Step step = env.step(action);
                double target = step.reward() + (step.terminated() ? 0
                        : options.discount() * Greedy.max(table.values(step.observation()), env.legalActions()));
                double error = table.update(observation, action, target, options.learningRate());
                squaredErrors += error * error;
                total += step.reward();
                observation = step.observation();
                length++;
                done = step.done();
            }
            steps += length;
            episodes = episode + 1;
            if (!listener.episodeEnded(new EpisodeReport(episode + 1, steps, total, length, epsilon,
                    squaredErrors / length))) {
                break;
            }
        }
        return table;
    }
}
