package org.whiskerstudio.ui.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.rl.Board;
import org.whiskerstudio.rl.Minimax;
import org.whiskerstudio.rl.Policy;

/** Playing against an agent: the rules, the agent's answers, undo, who starts, and the heat map's values. */
class PlayViewModelTest {
    private static List<Integer> cells(PlayViewModel model) {
        return model.boardProperty().get().cells();
    }

    @Test
    void theAgentAnswersEachMoveAtOnceAndATakenCellIsRefused() {
        PlayViewModel model = new PlayViewModel(Agents.firstFree());
        assertTrue(model.play(4));
        assertEquals(List.of(-1, 0, 0, 0, 1, 0, 0, 0, 0), cells(model), "the agent took the first free cell");
        assertFalse(model.play(0), "taken by the agent");
        assertFalse(model.play(4), "taken by the person");
        assertEquals(List.of(-1, 0, 0, 0, 1, 0, 0, 0, 0), cells(model));
        assertTrue(model.isPersonsTurn());
        assertEquals("Your move: you play X", model.statusProperty().get());
    }

    @Test
    void aRowOfThreeWinsTheGameAndNothingMoreCanBePlayed() {
        PlayViewModel model = new PlayViewModel(Agents.firstFree());
        model.play(4);
        model.play(3);
        model.play(5);
        assertEquals(Optional.of(PlayResult.PERSON_WINS), model.resultProperty().get());
        assertEquals("You win", model.statusProperty().get());
        assertEquals(new PlayTally(1, 0, 0), model.tallyProperty().get());
        assertEquals(Map.of(), model.valuesProperty().get(), "no heat map on a finished game");
        assertFalse(model.play(8));
        assertFalse(model.isPersonsTurn());
    }

    @Test
    void theAgentsRowLosesTheGameAndTheTallyCountsEachGameOnce() {
        PlayViewModel model = new PlayViewModel(Agents.firstFree());
        model.play(8);
        model.play(7);
        model.play(3);
        assertEquals(Optional.of(PlayResult.AGENT_WINS), model.resultProperty().get());
        assertEquals("The agent wins", model.statusProperty().get());
        model.newGame();
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0), cells(model));
        assertEquals(Optional.empty(), model.resultProperty().get());
        assertEquals(new PlayTally(0, 0, 1), model.tallyProperty().get());
    }

    @Test
    void perfectPlayDrawsAndThePersonCannotWin() {
        PlayViewModel model = new PlayViewModel(Minimax.policy());
        for (boolean personFirst : new boolean[] {true, false}) {
            model.setPersonStarts(personFirst);
            // The person keeps to the best cells the heat map shows.
            while (model.isPersonsTurn()) {
                Map<Integer, Double> values = model.valuesProperty().get();
                model.play(values.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
            }
            assertEquals(Optional.of(PlayResult.DRAW), model.resultProperty().get());
            assertEquals("Draw", model.statusProperty().get());
        }
        assertEquals(new PlayTally(0, 2, 0), model.tallyProperty().get());
    }

    @Test
    void undoTakesBackTheLastMovePairAndAFinishedGameLeavesTheTally() {
        PlayViewModel model = new PlayViewModel(Agents.firstFree());
        assertFalse(model.canUndoProperty().get());
        model.play(4);
        model.play(3);
        List<Integer> beforeWin = cells(model);
        model.play(5);
        assertEquals(1, model.tallyProperty().get().games());
        model.undo();
        assertEquals(beforeWin, cells(model));
        assertEquals(Optional.empty(), model.resultProperty().get());
        assertEquals(PlayTally.NONE, model.tallyProperty().get(), "the undone game no longer counts");
        model.undo();
        assertEquals(List.of(-1, 0, 0, 0, 1, 0, 0, 0, 0), cells(model), "the agent's answer went with the move");
        model.undo();
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0), cells(model));
        assertFalse(model.canUndoProperty().get());
        model.undo();
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0), cells(model), "nothing left to take back");
    }

    @Test
    void playingSecondStartsANewGameTheAgentOpens() {
        PlayViewModel model = new PlayViewModel(Agents.firstFree());
        model.play(4);
        model.setPersonStarts(false);
        assertEquals(Board.O, model.personMark());
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 0, 0, 0), cells(model), "the agent's X in the first free cell");
        assertTrue(model.isPersonsTurn());
        assertEquals("Your move: you play O", model.statusProperty().get());
        assertFalse(model.canUndoProperty().get(), "the agent's opening is not the person's to take back");
    }

    @Test
    void theHeatMapHoldsThePolicysValuesOfTheFreeCellsAsThePersonSeesTheBoard() {
        Policy perfect = Minimax.policy();
        for (boolean personFirst : new boolean[] {true, false}) {
            PlayViewModel model = new PlayViewModel(perfect);
            model.setPersonStarts(personFirst);
            model.play(model.boardProperty().get().freeCells().get(1));
            Board board = model.boardProperty().get();
            double[] expected = perfect.values(board.seenBy(model.personMark()));
            Map<Integer, Double> values = model.valuesProperty().get();
            assertEquals(board.freeCells(), List.copyOf(values.keySet()));
            values.forEach((cell, value) -> assertEquals(expected[cell], value, 0.0, "cell " + cell));
        }
    }
}
