package org.whiskerstudio.ui.rl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.whiskerstudio.rl.Board;
import org.whiskerstudio.rl.Policy;

/**
 * A person playing noughts &amp; crosses against a trained agent: the board, whose turn, the agent's value of each free
 * cell while the person thinks, the result, the sitting's tally, who starts and taking back the last move pair. The
 * agent answers inside {@link #play}: one look-up in its table or one pass of a small network.
 */
public final class PlayViewModel {
    private final Policy agent;
    private final ReadOnlyObjectWrapper<Board> board = new ReadOnlyObjectWrapper<>(Board.empty());
    private final ReadOnlyObjectWrapper<Map<Integer, Double>> values = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<Optional<PlayResult>> result = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<PlayTally> tally = new ReadOnlyObjectWrapper<>(PlayTally.NONE);
    private final ReadOnlyBooleanWrapper personStarts = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    /** The boards the person faced before each of their moves this game, the latest on top. */
    private final Deque<Board> turns = new ArrayDeque<>();

    public PlayViewModel(Policy agent) {
        this.agent = agent;
        newGame();
    }

    /** Starts a new game, the agent opening it at once when the person plays second. */
    public void newGame() {
        turns.clear();
        Board start = Board.empty();
        show(personStarts.get() ? start : start.play(agentMove(start)));
    }

    /** Who plays X and opens; changing it starts a new game. */
    public void setPersonStarts(boolean starts) {
        if (starts != personStarts.get()) {
            personStarts.set(starts);
            newGame();
        }
    }

    /**
     * The person marks {@code cell} and the agent answers unless the game is over.
     *
     * @return false, changing nothing, when it is not the person's turn or the cell is taken
     */
    public boolean play(int cell) {
        Board now = board.get();
        if (!isPersonsTurn() || !now.isFree(cell)) {
            return false;
        }
        turns.push(now);
        Board moved = now.play(cell);
        show(moved.isOver() ? moved : moved.play(agentMove(moved)));
        return true;
    }

    /** Takes back the person's last move and the agent's answer (a finished game leaves the tally again). */
    public void undo() {
        if (turns.isEmpty()) {
            return;
        }
        result.get().ifPresent(ended -> tally.set(tally.get().with(ended, -1)));
        show(turns.pop());
    }

    public boolean isPersonsTurn() {
        Board now = board.get();
        return !now.isOver() && now.toMove() == personMark();
    }

    /** X when the person starts, O otherwise. */
    public int personMark() {
        return personStarts.get() ? Board.X : Board.O;
    }

    /**
     * The agent's value of each free cell for the person about to move: its values of the board seen from the
     * person's side (their marks 1), which is a position it met while learning, since it learnt both sides. Seen
     * from its own side, a board where the person is to move is one it never had to answer, and a table knows nothing
     * (all zeros) of those.
     */
    private Map<Integer, Double> valuesFor(Board now) {
        double[] all = agent.values(now.seenBy(personMark()));
        Map<Integer, Double> free = new LinkedHashMap<>();
        now.freeCells().forEach(cell -> free.put(cell, all[cell]));
        return free;
    }

    private int agentMove(Board now) {
        boolean[] legal = new boolean[Board.CELLS];
        now.freeCells().forEach(cell -> legal[cell] = true);
        return agent.act(now.seenBy(-personMark()), legal);
    }

    private void show(Board now) {
        board.set(now);
        Optional<PlayResult> ended = now.isOver() ? Optional.of(resultOf(now)) : Optional.empty();
        result.set(ended);
        ended.ifPresent(r -> tally.set(tally.get().with(r, 1)));
        values.set(isPersonsTurn() ? valuesFor(now) : Map.of());
        canUndo.set(!turns.isEmpty());
        status.set(ended.map(PlayResult::words).orElse("Your move: you play " + (personMark() == Board.X ? "X" : "O")));
    }

    private PlayResult resultOf(Board over) {
        int winner = over.winner();
        return winner == 0 ? PlayResult.DRAW : winner == personMark() ? PlayResult.PERSON_WINS : PlayResult.AGENT_WINS;
    }

    public ReadOnlyObjectProperty<Board> boardProperty() {
        return board.getReadOnlyProperty();
    }

    /** Free cell to the agent's value, while the person is to move; empty otherwise. */
    public ReadOnlyObjectProperty<Map<Integer, Double>> valuesProperty() {
        return values.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<PlayResult>> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlayTally> tallyProperty() {
        return tally.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty personStartsProperty() {
        return personStarts.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** "Your move: you play X", "You win", "Draw" or "The agent wins". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
