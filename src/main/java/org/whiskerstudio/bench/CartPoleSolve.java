package org.whiskerstudio.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import org.whiskerstudio.rl.CartPole;
import org.whiskerstudio.rl.EnvironmentKind;
import org.whiskerstudio.rl.EpisodeReport;
import org.whiskerstudio.rl.GreedyChecks;
import org.whiskerstudio.rl.MovingAverage;
import org.whiskerstudio.rl.dl4j.Dqn;
import org.whiskerstudio.rl.dl4j.DqnOptions;

/**
 * One seed of the cart-pole benchmark: DQN trains, judged by the studio's {@link GreedyChecks} (100 greedy episodes
 * whenever the last ten training episodes average 450 or more, at most every ten episodes); solved when a check
 * averages 475. Evaluation time counts in the time to solve.
 */
final class CartPoleSolve {
    /** Whether and when it was solved, and the best evaluation seen. */
    record Result(boolean solved, long steps, double seconds, double bestEvaluation, int evaluations) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s after %,d steps, %.0f s (best evaluation %.1f, %d evaluations)",
                    solved ? "SOLVED" : "not solved", steps, seconds, bestEvaluation, evaluations);
        }
    }

    private final DqnOptions options;
    private final long limitMillis;
    private final PrintWriter out;
    private final GreedyChecks checks = GreedyChecks.of(EnvironmentKind.CARTPOLE, Optional.empty()).orElseThrow();
    private final MovingAverage recent = new MovingAverage(10);
    private long start;
    private boolean solved;
    private long steps;

    CartPoleSolve(DqnOptions options, long limitMillis, PrintWriter out) {
        this.options = options;
        this.limitMillis = limitMillis;
        this.out = out;
    }

    Result run() {
        start = System.currentTimeMillis();
        Dqn dqn = new Dqn(new CartPole(), options);
        dqn.train(report -> goOn(dqn, report));
        return new Result(solved, steps, (System.currentTimeMillis() - start) / 1000.0,
                checks.best().map(GreedyChecks.Check::mean).orElse(0.0), checks.count());
    }

    private boolean goOn(Dqn dqn, EpisodeReport report) {
        steps = report.totalSteps();
        double mean = recent.add(report.episodeReturn());
        if (report.episode() % 50 == 0) {
            out.printf(Locale.ROOT, "    episode %d, step %,d: last 10 average %.1f, epsilon %.3f, loss %.4f, %.0f s%n",
                    report.episode(), steps, mean, report.epsilon(), report.loss(), elapsed());
            out.flush();
        }
        if (checks.due(report)) {
            GreedyChecks.Check check = GreedyChecks.Check.play(CartPole::new, dqn.network(), options.seed(), report);
            checks.record(check);
            solved = checks.solves(check);
            out.printf(Locale.ROOT, "    evaluation at step %,d: %.1f over %d episodes%n", steps, check.mean(),
                    GreedyChecks.EPISODES);
        }
        return !solved && elapsed() * 1000 < limitMillis;
    }

    private double elapsed() {
        return (System.currentTimeMillis() - start) / 1000.0;
    }
}
