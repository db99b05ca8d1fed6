package org.whiskerstudio.bench;

import java.io.PrintWriter;
import java.util.Locale;
import org.whiskerstudio.rl.CartPole;
import org.whiskerstudio.rl.EpisodeReport;
import org.whiskerstudio.rl.Episodes;
import org.whiskerstudio.rl.MovingAverage;
import org.whiskerstudio.rl.dl4j.Dqn;
import org.whiskerstudio.rl.dl4j.DqnOptions;

/**
 * One seed of the cart-pole benchmark: DQN trains; whenever its last ten training episodes average 450 or more
 * (and at most every ten episodes), 100 greedy evaluation episodes are played; solved when they average 475.
 * Evaluation time counts in the time to solve.
 */
final class CartPoleSolve {
    static final double SOLVED = 475;
    static final int EVALUATION_EPISODES = 100;

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
    private final MovingAverage recent = new MovingAverage(10);
    private long start;
    private int lastEvaluated = -10;
    private double best;
    private int evaluations;
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
        return new Result(solved, steps, (System.currentTimeMillis() - start) / 1000.0, best, evaluations);
    }

    private boolean goOn(Dqn dqn, EpisodeReport report) {
        steps = report.totalSteps();
        double mean = recent.add(report.episodeReturn());
        if (report.episode() % 50 == 0) {
            out.printf(Locale.ROOT, "    episode %d, step %,d: last 10 average %.1f, epsilon %.3f, loss %.4f, %.0f s%n",
                    report.episode(), steps, mean, report.epsilon(), report.loss(), elapsed());
            out.flush();
        }
        if (recent.full() && mean >= 450 && report.episode() - lastEvaluated >= 10) {
            lastEvaluated = report.episode();
            double evaluation = Episodes.averageReturn(CartPole::new, dqn.network(), EVALUATION_EPISODES,
                    options.seed() * 1_000 + report.episode());
            evaluations++;
            best = Math.max(best, evaluation);
            solved = evaluation >= SOLVED;
            out.printf(Locale.ROOT, "    evaluation at step %,d: %.1f over %d episodes%n", steps, evaluation,
                    EVALUATION_EPISODES);
        }
        return !solved && elapsed() * 1000 < limitMillis;
    }

    private double elapsed() {
        return (System.currentTimeMillis() - start) / 1000.0;
    }
}
