package org.whiskerstudio.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.whiskerstudio.architecture.Activation;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.rl.EpsilonSchedule;
import org.whiskerstudio.rl.GameTally;
import org.whiskerstudio.rl.Opponent;
import org.whiskerstudio.rl.Policy;
import org.whiskerstudio.rl.QTable;
import org.whiskerstudio.rl.TabularQLearning;
import org.whiskerstudio.rl.TicTacToeTraining;
import org.whiskerstudio.rl.dl4j.DqnOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code whisker bench rl}: DQN on cart-pole until it is solved (CartPole-v1's line: an average return of 475 over
 * 100 consecutive greedy evaluation episodes) over several seeds, and tabular Q-learning at noughts &amp; crosses
 * judged over 1,000 games each against the random and the perfect player, as first and as second player.
 */
@Command(name = "rl", description = {"Learning from rewards. Cart-pole: DQN until an average return of at least 475 "
        + "over 100 consecutive evaluation episodes, within 100,000 environment steps and 15 minutes, per seed: "
        + "steps and time. Noughts & crosses: tabular Q-learning, then 1,000 games against the random and the "
        + "minimax player as first and second player.", "Targets: cart-pole solved on every seed; no loss against "
        + "minimax and at least 90% wins against random, from both sides."})
final class RlBench implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--only", description = "cartpole or tictactoe (default: both)")
    private String only = "";

    @Option(names = "--seeds", split = ",", description = "cart-pole seeds (default: 1,2,3)")
    private List<Long> seeds = List.of(1L, 2L, 3L);

    @Option(names = "--steps", description = "environment steps per seed at most (default: ${DEFAULT-VALUE})")
    private long steps = 100_000;

    @Option(names = "--minutes", description = "minutes per seed at most (default: ${DEFAULT-VALUE})")
    private double minutes = 15;

    @Option(names = "--hidden", split = ",", description = "hidden ReLU layer sizes (default: the cart-pole options')")
    private List<Integer> hidden = List.of();

    @Option(names = "--lr", description = "Adam learning rate (default: the cart-pole options')")
    private double learningRate = Double.NaN;

    @Option(names = "--double", negatable = true, description = "Double DQN (default: the cart-pole options')")
    private Boolean doubleDqn;

    @Option(names = "--batch", description = "transitions per update")
    private Integer batch;

    @Option(names = "--train-every", description = "environment steps between bursts of updates")
    private Integer trainEvery;

    @Option(names = "--gradient-steps", description = "updates per burst")
    private Integer gradientSteps;

    @Option(names = "--target-every", description = "environment steps between target updates")
    private Integer targetEvery;

    @Option(names = "--tau", description = "target update fraction, 1 = hard copy")
    private Double tau;

    @Option(names = "--explore-steps", description = "steps over which epsilon falls to its end")
    private Long exploreSteps;

    @Option(names = "--games", description = "noughts & crosses games per opponent and side (default: ${DEFAULT-VALUE})")
    private int games = 1000;

    @Option(names = "--episodes", description = "noughts & crosses training games (default: the defaults')")
    private int episodes = TabularQLearning.Options.defaults(1).episodes();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean ok = true;
        if (!only.equals("tictactoe")) {
            ok &= cartPole(out);
        }
        if (!only.equals("cartpole")) {
            ok &= ticTacToe(out);
        }
        out.flush();
        return ok ? 0 : 1;
    }

    private boolean cartPole(PrintWriter out) {
        DqnOptions options = tuned(DqnOptions.cartPole(0).withSteps(steps));
        out.println("cart-pole DQN: " + options);
        List<CartPoleSolve.Result> results = new ArrayList<>();
        for (long seed : seeds) {
            CartPoleSolve.Result result = new CartPoleSolve(options.withSeed(seed), (long) (minutes * 60_000), out)
                    .run();
            out.println("  seed " + seed + ": " + result);
            out.flush();
            results.add(result);
        }
        out.printf(Locale.ROOT, "  solved %d of %d seeds; load %s%n", results.stream().filter(
                CartPoleSolve.Result::solved).count(), results.size(), Load.average());
        return results.stream().allMatch(CartPoleSolve.Result::solved);
    }

    private DqnOptions tuned(DqnOptions base) {
        EpsilonSchedule epsilon = exploreSteps == null ? base.epsilon()
                : new EpsilonSchedule(base.epsilon().start(), base.epsilon().end(), exploreSteps);
        List<LayerSpec.Dense> layers = hidden.isEmpty() ? base.hidden()
                : hidden.stream().map(u -> new LayerSpec.Dense(u, Activation.RELU)).toList();
        return new DqnOptions(layers, Double.isNaN(learningRate) ? base.learningRate() : learningRate,
                base.discount(), base.steps(), batch == null ? base.batchSize() : batch, base.replayCapacity(), base.learningStarts(),
                trainEvery == null ? base.trainEvery() : trainEvery,
                gradientSteps == null ? base.gradientSteps() : gradientSteps,
                targetEvery == null ? base.targetUpdateEvery() : targetEvery, tau == null ? base.tau() : tau,
                epsilon, doubleDqn == null ? base.doubleDqn() : doubleDqn, base.seed());
    }

    private boolean ticTacToe(PrintWriter out) {
        TabularQLearning.Options options = TabularQLearning.Options.defaults(1);
        options = new TabularQLearning.Options(episodes, options.learningRate(), options.discount(),
                options.epsilon(), options.seed());
        long start = System.nanoTime();
        QTable table = TicTacToeTraining.tabular(options).train(r -> true);
        out.printf(Locale.ROOT, "noughts & crosses, tabular Q-learning: %d games in %.1f s, %d states%n",
                options.episodes(), (System.nanoTime() - start) / 1e9, table.states());
        boolean ok = true;
        for (boolean first : new boolean[] {true, false}) {
            ok &= judge(out, table, "random", Opponent.random(), first, t -> t.winRate() >= 0.9);
            ok &= judge(out, table, "minimax", Opponent.perfect(), first, t -> t.losses() + t.illegalMoves() == 0);
        }
        return ok;
    }

    private boolean judge(PrintWriter out, Policy policy, String name, Opponent opponent, boolean first,
                          java.util.function.Predicate<GameTally> target) {
        GameTally tally = GameTally.of(policy, opponent, first, games, 99);
        boolean met = target.test(tally);
        out.printf(Locale.ROOT, "  vs %-7s as %-6s %s  %s%n", name, first ? "first" : "second", tally,
                met ? "target met" : "TARGET MISSED");
        return met;
    }
}
