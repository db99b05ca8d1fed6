package org.whiskerstudio.rl;

import java.util.Arrays;
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

    /**
     * A perfect player as a {@link Policy}: each free cell worth minimax's value for the player to move (taken cells
     * -2). The observation shows the mover's marks as 1; with one mark fewer than the other the mover is O, so the
     * marks are turned back into O's -1 before the position is looked up.
     */
    public static Policy policy() {
        return observation -> {
            int sign = Arrays.stream(observation).sum() < 0 ? -1 : 1;
            Board board = Board.of(Arrays.stream(observation).mapToInt(v -> sign * (int) Math.round(v)).toArray());
            double[] values = new double[Board.CELLS];
            for (int cell = 0; cell < Board.CELLS; cell++) {
                values[cell] = board.isFree(cell) ? -value(board.play(cell)) : -2;
            }
            return values;
        };
    }
}
