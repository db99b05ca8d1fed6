package org.whiskerstudio.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoughtsAndCrossesTest {
    /** Always the lowest free cell: a predictable opponent for hand-worked games. */
    private static final Opponent LOWEST = (board, random) -> board.freeCells().get(0);

    @Test
    void aRowOfThreeWinsAndTheOpponentRepliesInsideTheStep() {
        NoughtsAndCrosses env = new NoughtsAndCrosses(LOWEST, true);
        env.reset(1);
        // X 0, O replies 1; X 3, O 2; X 6 makes the column 0-3-6.
        Step first = env.step(0);
        assertArrayEquals(new double[] {1, -1, 0, 0, 0, 0, 0, 0, 0}, first.observation());
        assertEquals(0, first.reward());
        env.step(3);
        Step last = env.step(6);
        assertTrue(last.terminated());
        assertEquals(1, last.reward());
        assertEquals(Optional.of(GameOutcome.WIN), env.outcome());
        assertThrows(IllegalStateException.class, () -> env.step(4));
    }

    @Test
    void theOpponentsRowLosesAndTheAgentSeesItsOwnMarksAsOne() {
        NoughtsAndCrosses env = new NoughtsAndCrosses(LOWEST, false);
        double[] start = env.reset(1);
        // O (the agent) sees the opponent's X in cell 0 as -1.
        assertArrayEquals(new double[] {-1, 0, 0, 0, 0, 0, 0, 0, 0}, start);
        assertEquals(Board.O, env.agentMark());
        env.step(8);  // X takes 1
        Step last = env.step(7);  // X takes 2: the top row
        assertEquals(-1, last.reward());
        assertEquals(Optional.of(GameOutcome.LOSS), env.outcome());
    }

    @Test
    void playingATakenCellForfeitsTheGame() {
        NoughtsAndCrosses env = new NoughtsAndCrosses(LOWEST, true);
        env.reset(1);
        env.step(4);
        assertFalse(env.legalActions()[0], "the opponent took cell 0");
        Step illegal = env.step(0);
        assertTrue(illegal.terminated());
        assertEquals(-1, illegal.reward());
        assertEquals(Optional.of(GameOutcome.ILLEGAL_MOVE), env.outcome());
        env.reset(2);
        assertThrows(IllegalArgumentException.class, () -> env.step(9));
    }

    @Test
    void aFullBoardWithoutALineIsADraw() {
        // X O X / X O O / O X . : X to move, 8 is the last cell and makes no line.
        Board board = Board.of(1, -1, 1, 1, -1, -1, -1, 1, 0);
        Board full = board.play(8);
        assertTrue(full.isOver());
        assertEquals(0, full.winner());
        assertEquals(List.of(), full.freeCells());
        assertEquals(List.of(), full.winningLine());
    }

    @Test
    void theWinningLineIsTheThreeCellsInARow() {
        Board diagonal = Board.of(-1, -1, 1, 0, 1, 0, 1, 0, 0);
        assertEquals(List.of(2, 4, 6), diagonal.winningLine());
        assertEquals(Board.X, diagonal.winner());
        assertEquals(List.of(3, 4, 5), Board.of(1, 1, 0, -1, -1, -1, 1, 0, 0).winningLine());
        assertEquals(Board.O, Board.of(1, 1, 0, -1, -1, -1, 1, 0, 0).winner());
    }

    @Test
    void minimaxKnowsTheGameIsADrawAndTakesAWinOrBlocks() {
        assertEquals(0, Minimax.value(Board.empty()));
        // X X . / O O . / . . . : X to move wins at 2.
        Board xToWin = Board.of(1, 1, 0, -1, -1, 0, 0, 0, 0);
        assertEquals(1, Minimax.value(xToWin));
        assertEquals(List.of(2), Minimax.bestMoves(xToWin));
        // X X . / . O . / . . . : O to move must block at 2.
        Board oToBlock = Board.of(1, 1, 0, 0, -1, 0, 0, 0, 0);
        assertEquals(List.of(2), Minimax.bestMoves(oToBlock));
    }

    @Test
    void perfectPlayersAlwaysDraw() {
        NoughtsAndCrosses env = new NoughtsAndCrosses(Opponent.perfect(), true);
        for (long seed = 0; seed < 20; seed++) {
            env.reset(seed);
            while (env.outcome().isEmpty()) {
                env.step(Minimax.bestMoves(env.board()).get(0));
            }
            assertEquals(Optional.of(GameOutcome.DRAW), env.outcome());
        }
    }
}
