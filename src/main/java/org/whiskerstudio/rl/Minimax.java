package org.whiskerstudio.rl;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Perfect play at noughts &amp; crosses: the game-theoretic value of every position (win 1, draw 0, loss -1 for the
 * player to move), remembered across calls since the game has only a few thousand positions.
 */
public final class Minimax {
    private static final Map<Board, Integer> VALUES = new ConcurrentHashMap<>();

    private Minimax() {
    }

    /** The value of {@code board} for the player to move, with both sides playing perfectly. */
    public static int value(Board board) {
        Integer known = VALUES.get(board);
        if (known != null) {
            return known;
        }
        int value = compute(board);
        VALUES.put(board, value);
        return value;
    }

    private static int compute(Board board) {
        if (board.winner() != 0) {
            // The last mover made the line, so the player to move has lost.
            return -1;
        }
        if (board.isOver()) {
            return 0;
        }
        int best = -1;
        for (int cell : board.freeCells()) {
            best = Math.max(best, -value(board.play(cell)));
        }
        return best;
    }

    /** The free cells that keep the best value for the player to move. */
    public static List<Integer> bestMoves(Board board) {
        int best = value(board);
        return board.freeCells().stream().filter(cell -> -value(board.play(cell)) == best).toList();
    }
}
