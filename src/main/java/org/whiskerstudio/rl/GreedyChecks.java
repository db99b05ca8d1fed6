package org.whiskerstudio.rl;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * When to judge an agent's greedy policy while it trains, and what the judging found: a DQN's last network is not its
 * best (cart-pole's reached 500 at 80,000 steps and slid to 120 by 100,000), so a run plays
 * {@value #EPISODES} greedy episodes whenever its last {@value #WINDOW} training episodes average within
 * {@value #MARGIN} of the environment's solved line (at most every {@value #GAP} episodes), keeps the network of the
 * best such check, and is solved, and may stop, when a check reaches the line. The bench's cart-pole runs judge by it
 * too, so the studio keeps what the bench measures.
 */
public final class GreedyChecks {
    /** Greedy episodes per check, as many as CartPole-v1's "solved" line averages over. */
    public static final int EPISODES = 100;
    /** Training episodes whose mean return calls for a check. */
    public static final int WINDOW = 10;
    /** Training episodes at least between two checks. */
    public static final int GAP = 10;
    /** How far below the solved line the training episodes' mean may be for a check. */
    public static final double MARGIN = 25;

    /** A check's outcome: the greedy episodes' mean return, the step and episode after which it was played. */
    public record Check(double mean, long step, int episode) {
        /**
         * Plays a check of {@code policy} after training episode {@code after}: {@value #EPISODES} greedy episodes
         * side by side, seeded from the run's {@code seed} and the episode, so the same run plays the same check.
         */
        public static Check play(Supplier<Environment> environments, Policy policy, long seed, EpisodeReport after) {
            return new Check(Episodes.averageReturn(environments, policy, EPISODES, seed * 1_000 + after.episode()),
                    after.totalSteps(), after.episode());
        }
    }

    private final double solvedLine;
    private final MovingAverage recent = new MovingAverage(WINDOW);
    private int lastChecked = -GAP;
    private Check best;
    private int count;

    /** @param best the best check of earlier sessions of the run, if any */
    public GreedyChecks(double solvedLine, Optional<Check> best) {
        this.solvedLine = solvedLine;
        this.best = best.orElse(null);
    }

    /** Checks for environments with a solved line (cart-pole); empty for the others. */
    public static Optional<GreedyChecks> of(EnvironmentKind kind, Optional<Check> best) {
        OptionalDouble line = kind.solvedReturn();
        return line.isPresent() ? Optional.of(new GreedyChecks(line.getAsDouble(), best)) : Optional.empty();
    }

    /** Takes a training episode's return; whether a check is due after it. */
    public boolean due(EpisodeReport report) {
        double mean = recent.add(report.episodeReturn());
        if (recent.full() && mean >= solvedLine - MARGIN && report.episode() - lastChecked >= GAP) {
            lastChecked = report.episode();
            return true;
        }
        return false;
    }

    /** Records a check; whether it beats every earlier one (then its network is the one to keep). */
    public boolean record(Check check) {
        count++;
        if (best == null || check.mean() > best.mean()) {
            best = check;
            return true;
        }
        return false;
    }

    /** Whether a check's mean reaches the solved line. */
    public boolean solves(Check check) {
        return check.mean() >= solvedLine;
    }

    public Optional<Check> best() {
        return Optional.ofNullable(best);
    }

    /** Checks recorded in this session. */
    public int count() {
        return count;
    }

    public double solvedLine() {
        return solvedLine;
    }
}
