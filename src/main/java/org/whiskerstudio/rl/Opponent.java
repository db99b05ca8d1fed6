package org.whiskerstudio.rl;

import java.util.List;
import java.util.SplittableRandom;

/** Who the agent plays noughts &amp; crosses against: picks a free cell of a board that is not over. */
@FunctionalInterface
public interface Opponent {
    int move(Board board, SplittableRandom random);

    /** Any free cell, uniformly. */
    static Opponent random() {
        return (board, random) -> pick(board.freeCells(), random);
    }

    /** A perfect player: one of the best moves by minimax, uniformly, so its games vary. */
    static Opponent perfect() {
        return (board, random) -> pick(Minimax.bestMoves(board), random);
    }

    private static int pick(List<Integer> cells, SplittableRandom random) {
        return cells.get(random.nextInt(cells.size()));
    }
}
