package org.whiskerstudio.rl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;

/**
 * What an evaluation of a trained agent reports, for {@code whisker rl evaluate} and the Evaluate screen: the
 * returns of greedy episodes, and for noughts &amp; crosses its games against the random and the perfect player as
 * first and as second player.
 */
public final class AgentEvaluation {
    private static final List<Map.Entry<String, Opponent>> OPPONENTS = List.of(Map.entry("random", Opponent.random()),
            Map.entry("minimax", Opponent.perfect()));

    private AgentEvaluation() {
    }

    /** The returns of greedy episodes, in the order of their seeds. */
    public record Returns(List<Double> returns) {
        public Returns {
            if (returns.isEmpty()) {
                throw new IllegalArgumentException("No episode was played");
            }
            returns = List.copyOf(returns);
        }

        public double mean() {
            return returns.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        }

        public double min() {
            return returns.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        }

        public double max() {
            return returns.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        }
    }

    /** Games against one opponent from one side: "random" or "minimax", the agent first (X) or second (O). */
    public record Games(String opponent, boolean agentFirst, GameTally tally) {
    }

    /** {@code episodes} greedy episodes from seeds drawn from {@code seed}; empty when cancelled. */
    public static Optional<Returns> returns(EnvironmentKind kind, Policy policy, int episodes, long seed,
                                            Progress progress, Cancellation cancellation) {
        return Episodes.returns(kind::create, policy, episodes, seed, progress, cancellation)
                .map(all -> new Returns(Arrays.stream(all).boxed().toList()));
    }

    /** The first of the episodes {@link #returns} plays from {@code seed}, as a screen draws each of its steps. */
    public static List<EnvironmentView> firstEpisode(EnvironmentKind kind, Policy policy, long seed) {
        return Episodes.replay(kind.create(), policy, new SplittableRandom(seed).nextLong());
    }

    /**
     * {@code games} greedy games against the random and the minimax player, as first and as second player (in that
     * order, as {@code whisker rl evaluate} prints them); empty when cancelled.
     */
    public static Optional<List<Games>> games(Policy policy, int games, long seed, Progress progress,
                                              Cancellation cancellation) {
        List<Games> rows = new ArrayList<>();
        for (boolean first : new boolean[] {true, false}) {
            for (Map.Entry<String, Opponent> opponent : OPPONENTS) {
                if (cancellation.isCancelled()) {
                    return Optional.empty();
                }
                progress.update(rows.size(), 4, "Playing against " + opponent.getKey() + " as " + side(first)
                        + " player");
                rows.add(new Games(opponent.getKey(), first, GameTally.of(policy, opponent.getValue(), first, games,
                        seed)));
            }
        }
        progress.update(4, 4, "Played " + 4 * games + " games");
        return Optional.of(List.copyOf(rows));
    }

    /** "first" or "second". */
    public static String side(boolean first) {
        return first ? "first" : "second";
    }
}
