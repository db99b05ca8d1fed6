package org.whiskerstudio.rl;

import java.util.List;

/** A drawable snapshot of an environment's state, one kind per environment. */
public sealed interface EnvironmentView {
    /**
     * A noughts &amp; crosses board: nine cells, row by row, each {@link Board#X}, {@link Board#O} or 0, and the mark
     * the agent plays.
     */
    record BoardView(List<Integer> cells, int agentMark) implements EnvironmentView {
        public BoardView {
            cells = List.copyOf(cells);
        }
    }

    /** A cart at {@code x} metres from the centre with its pole {@code theta} radians from upright (clockwise). */
    record CartView(double x, double theta, double trackHalfWidth) implements EnvironmentView {
    }
}
