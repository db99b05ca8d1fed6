package org.whiskerstudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.whiskerstudio.rl.EnvironmentKind;
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
        + "random and a perfect player, from both sides), DQN on cart-pole. Saves it as an agent bundle.")
final class RlTrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ENVIRONMENT", description = "tictactoe or cartpole")
    private String environment;

    @Option(names = "--seed", description = "the same seed trains the same agent (default: ${DEFAULT-VALUE})")
    private long seed = 1;

    @Option(names = "--steps", description = "stop after this many environment steps (default: 50,000 for "
            + "cart-pole, no limit for noughts & crosses)")
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
        TrainingListener listener = progress(print);
        AgentBundle bundle = switch (kind) {
            case TICTACTOE -> {
                TabularQLearning.Options defaults = TabularQLearning.Options.defaults(seed);
                TabularQLearning.Options options = new TabularQLearning.Options(
                        (int) Math.min(episodes, defaults.episodes()), defaults.learningRate(), defaults.discount(),
                        defaults.epsilon(), seed);
                Policy table = TicTacToeTraining.tabular(options).train(listener);
                yield new AgentBundle(kind, table, "tabular Q-learning, " + options);
            }
            case CARTPOLE -> {
                DqnOptions defaults = DqnOptions.cartPole(seed);
                DqnOptions options = defaults.withSteps(Math.min(steps, defaults.steps()));
                yield new AgentBundle(kind, new Dqn(kind.create(), options).train(listener), "DQN, " + options);
            }
        };
        bundle.save(file);
        print.printf(Locale.ROOT, "Trained in %.1f s; saved %s%n", (System.nanoTime() - start) / 1e9, file);
        return 0;
    }

    /** Prints a line about every 5% of the run and stops at the step or episode limit. */
    private TrainingListener progress(PrintWriter print) {
        MovingAverage average = new MovingAverage(100);
        return report -> {
            double mean = average.add(report.episodeReturn());
            if (report.episode() % every() == 0) {
                print.printf(Locale.ROOT, "episode %,d, step %,d: average return (last 100) %.3f, length %d, "
                        + "epsilon %.3f, loss %.4f%n", report.episode(), report.totalSteps(), mean, report.length(),
                        report.epsilon(), report.loss());
                print.flush();
            }
            return report.episode() < episodes && report.totalSteps() < steps;
        };
    }

    private int every() {
        return environment.equals(EnvironmentKind.TICTACTOE.key()) ? Math.max(1, Math.min(10_000, episodes / 20)) : 20;
    }
}
