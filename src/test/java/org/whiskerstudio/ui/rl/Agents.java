package org.whiskerstudio.ui.rl;

import org.whiskerstudio.rl.Board;
import org.whiskerstudio.rl.Minimax;
import org.whiskerstudio.rl.Policy;

/** Agents for the play board's tests: one that takes the first free cell, one that plays perfectly. */
final class Agents {
    private Agents() {
    }

    /** Every cell worth the same, so the agent takes the lowest free one. */
    static Policy firstFree() {
        return observation -> new double[Board.CELLS];
    }

    /**
     * Minimax's value of each cell for the player to move. An observation shows that player's marks as 1: with as
     * many marks as the other they are X; with one fewer they are O, so the marks are turned back into O's -1.
     */
    static Policy perfect() {
        return observation -> {
            double sum = java.util.Arrays.stream(observation).sum();
            int sign = sum < 0 ? -1 : 1;
            int[] cells = new int[Board.CELLS];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = sign * (int) Math.round(observation[i]);
            }
            Board board = Board.of(cells);
            double[] values = new double[Board.CELLS];
            for (int cell = 0; cell < Board.CELLS; cell++) {
                values[cell] = board.isFree(cell) ? -Minimax.value(board.play(cell)) : -2;
            }
            return values;
        };
    }
}
