package org.whiskerstudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.whiskerstudio.rl.CartPole;
import org.whiskerstudio.rl.EnvironmentKind;
import org.whiskerstudio.rl.EpisodeReport;
import org.whiskerstudio.rl.GreedyChecks;
import org.whiskerstudio.rl.MovingAverage;
import org.whiskerstudio.rl.Policy;
import org.whiskerstudio.rl.TabularQLearning;
import org.whiskerstudio.rl.TicTacToeTraining;
import org.whiskerstudio.rl.TrainingListener;
import org.whiskerstudio.rl.dl4j.AgentBundle;
import org.whiskerstudio.rl.dl4j.Dqn;
import org.whiskerstudio.rl.dl4j.DqnOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code whisker rl train tictactoe|cartpole}: tabular Q-learning for noughts &amp; crosses, DQN for cart-pole;
 * prints the moving average return as it goes and saves the agent as a bundle.
 */
@Command(name = "train", description = "Train an agent: tabular Q-learning on noughts & crosses (games against a "
        + "random and a perfect player, from both sides), DQN on cart-pole (the bundle keeps the network that did "
        + "best in greedy checks). Saves it as an agent bundle.")
final class RlTrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ENVIRONMENT", description = "tictactoe or cartpole")
    private String environment;

    @Option(names = "--seed", description = "the same seed trains the same agent (default: ${DEFAULT-VALUE})")
    private long seed = 1;

    @Option(names = "--steps", description = "stop after this many environment steps (default: 100,000 for "
            + "cart-pole, which also stops once 100 greedy episodes average 475; no limit for noughts & crosses)")
    private long steps = Long.MAX_VALUE;

    @Option(names = "--episodes", description = "stop after this many episodes (default: 200,000 games of noughts "
            + "& crosses, no limit for cart-pole)")
    private int episodes = Integer.MAX_VALUE;

    @Option(names = {"-o", "--out"}, description = "the bundle to write (default: ENVIRONMENT-agent.zip)")
    private Path out;

    @Override
    public Integer call() throws IOException {
        EnvironmentKind kind = EnvironmentKind.fromKey(environment);
        PrintWriter print = spec.commandLine().getOut();
        Path file = out != null ? out : Path.of(kind.key() + "-agent.zip");
        long start = System.nanoTime();
        switch (kind) {
            case TICTACTOE -> {
                TabularQLearning.Options defaults = TabularQLearning.Options.defaults(seed);
                TabularQLearning.Options options = new TabularQLearning.Options(
                        (int) Math.min(episodes, defaults.episodes()), defaults.learningRate(), defaults.discount(),
                        defaults.epsilon(), seed);
                Policy table = TicTacToeTraining.tabular(options).train(progress(print, report -> true));
                new AgentBundle(kind, table, "tabular Q-learning, " + options).save(file);
            }
            case CARTPOLE -> cartPole(kind, file, print);
        }
        print.printf(Locale.ROOT, "Trained in %.1f s; saved %s%n", (System.nanoTime() - start) / 1e9, file);
        return 0;
    }

    /**
     * DQN judged as the studio judges it ({@link GreedyChecks}): the bundle holds the network of the best greedy
     * check, written as soon as it is found; a check at the solved line ends training; the last network is kept
     * only when it does better than every check.
     */
    private void cartPole(EnvironmentKind kind, Path file, PrintWriter print) throws IOException {
        DqnOptions defaults = DqnOptions.cartPole(seed);
        DqnOptions options = defaults.withSteps(Math.min(steps, defaults.steps()));
        String trainedWith = "DQN, " + options;
        Dqn dqn = new Dqn(kind.create(), options);
        GreedyChecks checks = GreedyChecks.of(kind, Optional.empty()).orElseThrow();
        boolean[] solved = {false};
        EpisodeReport[] last = {null};
        dqn.train(progress(print, report -> {
            last[0] = report;
            if (checks.due(report)) {
                GreedyChecks.Check check = GreedyChecks.Check.play(CartPole::new, dqn.network(), seed, report);
                boolean best = checks.record(check);
                solved[0] = checks.solves(check);
                print.printf(Locale.ROOT, "greedy check at step %,d: %.1f over %d episodes%s%n", check.step(),
                        check.mean(), GreedyChecks.EPISODES, best ? " (the best so far: saved)" : "");
                print.flush();
                if (best) {
                    save(kind, dqn, trainedWith, file);
                }
            }
            return !solved[0];
        }));
        if (checks.best().isEmpty()) {
            save(kind, dqn, trainedWith, file);
            return;
        }
        if (solved[0]) {
            return;
        }
        GreedyChecks.Check final_ = GreedyChecks.Check.play(CartPole::new, dqn.network(), seed, last[0]);
        if (checks.record(final_)) {
            save(kind, dqn, trainedWith, file);
            print.printf(Locale.ROOT, "the last network averaged %.1f over %d greedy episodes: saved%n",
                    final_.mean(), GreedyChecks.EPISODES);
        } else {
            print.printf(Locale.ROOT, "the last network averaged %.1f over %d greedy episodes; the bundle keeps the "
                    + "best checked one, of step %,d (%.1f)%n", final_.mean(), GreedyChecks.EPISODES,
                    checks.best().get().step(), checks.best().get().mean());
        }
    }

    private static void save(EnvironmentKind kind, Dqn dqn, String trainedWith, Path file) {
        try {
            new AgentBundle(kind, dqn.network(), trainedWith).save(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prints a line about every 5% of the run and stops at the step or episode limit, or when {@code goOn} says
     * so.
     */
    private TrainingListener progress(PrintWriter print, TrainingListener goOn) {
        MovingAverage average = new MovingAverage(100);
        return report -> {
            double mean = average.add(report.episodeReturn());
            if (report.episode() % every() == 0) {
                print.printf(Locale.ROOT, "episode %,d, step %,d: average return (last 100) %.3f, length %d, "
                        + "epsilon %.3f, loss %.4f%n", report.episode(), report.totalSteps(), mean, report.length(),
                        report.epsilon(), report.loss());
                print.flush();
            }
            return goOn.episodeEnded(report) && report.episode() < episodes && report.totalSteps() < steps;
        };
    }

    private int every() {
        return environment.equals(EnvironmentKind.TICTACTOE.key()) ? Math.max(1, Math.min(10_000, episodes / 20)) : 20;
    }
}
