package org.whiskerstudio.rl;

import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Noughts &amp; crosses against an {@link Opponent}, the agent playing X (first) or O (second). Actions are the nine
 * cells row by row; the opponent replies inside the same step. Observation: the nine cells as the agent sees them
 * (its own marks 1, the opponent's -1). Reward at the end only: win 1, draw 0, loss -1. Playing a taken cell forfeits
 * the game (reward -1, {@link GameOutcome#ILLEGAL_MOVE}) rather than throwing, so an agent that ignores
 * {@link #legalActions()} learns it costs a loss.
 */
public final class NoughtsAndCrosses implements Environment {
    private final Opponent opponent;
    private final boolean agentFirst;
    private SplittableRandom random = new SplittableRandom(0);
    private Board board = Board.empty();
    private Optional<GameOutcome> outcome = Optional.empty();
    private boolean started;

    public NoughtsAndCrosses(Opponent opponent, boolean agentFirst) {
        this.opponent = opponent;
        this.agentFirst = agentFirst;
    }

    public int agentMark() {
        return agentFirst ? Board.X : Board.O;
    }

    public Board board() {
        return board;
    }

    /** Empty while the game goes on. */
    public Optional<GameOutcome> outcome() {
        return outcome;
    }

    @Override
    public double[] reset(long seed) {
        random = new SplittableRandom(seed);
        board = Board.empty();
        outcome = Optional.empty();
        started = true;
        if (!agentFirst) {
            board = board.play(opponent.move(board, random));
        }
        return board.seenBy(agentMark());
    }

    @Override
    public Step step(int action) {
        if (!started || outcome.isPresent()) {
            throw new IllegalStateException("The game is over: reset the board first");
        }
        if (action < 0 || action >= Board.CELLS) {
            throw new IllegalArgumentException("Noughts & crosses actions are cells 0 to 8, not " + action);
        }
        if (!board.isFree(action)) {
            return end(GameOutcome.ILLEGAL_MOVE);
        }
        board = board.play(action);
        if (board.isOver()) {
            return end(board.winner() == 0 ? GameOutcome.DRAW : GameOutcome.WIN);
        }
        board = board.play(opponent.move(board, random));
        if (board.isOver()) {
            return end(board.winner() == 0 ? GameOutcome.DRAW : GameOutcome.LOSS);
        }
        return new Step(board.seenBy(agentMark()), 0, false, false);
    }

    private Step end(GameOutcome result) {
        outcome = Optional.of(result);
        return new Step(board.seenBy(agentMark()), result.reward(), true, false);
    }

    @Override
    public int actionCount() {
        return Board.CELLS;
    }

    @Override
    public int observationSize() {
        return Board.CELLS;
    }

    @Override
    public boolean[] legalActions() {
        boolean[] legal = new boolean[Board.CELLS];
        for (int cell : board.freeCells()) {
            legal[cell] = outcome.isEmpty();
        }
        return legal;
    }

    @Override
    public EnvironmentView view() {
        return new EnvironmentView.BoardView(board.cells(), agentMark());
    }
}
