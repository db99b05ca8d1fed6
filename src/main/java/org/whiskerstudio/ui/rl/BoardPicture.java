package org.whiskerstudio.ui.rl;

import java.util.Map;
import org.whiskerstudio.rl.EnvironmentView.BoardView;

/**
 * What a board drawing shows: the marks, and optionally the agent's value of some free cells (a heat map) and the
 * keypad digit of every free cell, for a person about to move.
 */
record BoardPicture(BoardView board, Map<Integer, Double> values, boolean keyHints) {
    BoardPicture {
        values = Map.copyOf(values);
    }

    static BoardPicture of(BoardView board) {
        return new BoardPicture(board, Map.of(), false);
    }
}
