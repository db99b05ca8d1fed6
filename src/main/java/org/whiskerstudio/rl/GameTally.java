package org.whiskerstudio.rl;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/** How a policy fared over many games of noughts &amp; crosses against one opponent, from one side. */
public record GameTally(int wins, int draws, int losses, int illegalMoves) {

    /** {@code games} greedy games of {@code policy} against {@code opponent}, the agent first or second. */
    public static GameTally of(Policy policy, Opponent opponent, boolean agentFirst, int games, long seed) {
        NoughtsAndCrosses env = new NoughtsAndCrosses(opponent, agentFirst);
        SplittableRandom seeds = new SplittableRandom(seed);
        Map<GameOutcome, Integer> counts = new EnumMap<>(GameOutcome.class);
        for (int i = 0; i < games; i++) {
            Episodes.play(env, policy, seeds.nextLong());
            counts.merge(env.outcome().orElseThrow(), 1, Integer::sum);
        }
        return new GameTally(counts.getOrDefault(GameOutcome.WIN, 0), counts.getOrDefault(GameOutcome.DRAW, 0),
                counts.getOrDefault(GameOutcome.LOSS, 0), counts.getOrDefault(GameOutcome.ILLEGAL_MOVE, 0));
    }

    public int games() {
        return wins + draws + losses + illegalMoves;
    }

    public double winRate() {
        return (double) wins / games();
    }

    @Override
    public String toString() {
        return String.format("%d won, %d drawn, %d lost%s of %d (%.1f%% won)", wins, draws, losses,
                illegalMoves == 0 ? "" : ", " + illegalMoves + " illegal", games(), 100 * winRate());
    }
}
