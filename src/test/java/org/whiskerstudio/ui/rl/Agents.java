package org.whiskerstudio.ui.rl;

import org.whiskerstudio.rl.Board;
import org.whiskerstudio.rl.Policy;

/** Agents for the play board's tests: one that takes the first free cell. */
final class Agents {
    private Agents() {
    }

    /** Every cell worth the same, so the agent takes the lowest free one. */
    static Policy firstFree() {
        return observation -> new double[Board.CELLS];
    }
}
