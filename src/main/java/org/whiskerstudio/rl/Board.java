package org.whiskerstudio.rl;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** A noughts &amp; crosses position: nine cells row by row, X moves first. Immutable. */
public final class Board {
    public static final int X = 1;
    public static final int O = -1;
    public static final int CELLS = 9;
    private static final int[][] LINES = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8},
            {0, 4, 8}, {2, 4, 6}};

    private final int[] cells;

    private Board(int[] cells) {
        this.cells = cells;
    }

    public static Board empty() {
        return new Board(new int[CELLS]);
    }

    /** From nine marks, X = 1, O = -1, empty = 0 (a test's or a screen's position). */
    public static Board of(int... cells) {
        if (cells.length != CELLS || Arrays.stream(cells).anyMatch(c -> c < -1 || c > 1)) {
            throw new IllegalArgumentException("A board is nine cells of 1 (X), -1 (O) or 0");
        }
        return new Board(cells.clone());
    }

    public int cell(int index) {
        return cells[index];
    }

    /** Whose move it is: X when both have played as often. */
    public int toMove() {
        return Arrays.stream(cells).sum() == 0 ? X : O;
    }

    public boolean isFree(int cell) {
        return cell >= 0 && cell < CELLS && cells[cell] == 0;
    }

    public List<Integer> freeCells() {
        return IntStream.range(0, CELLS).filter(this::isFree).boxed().toList();
    }

    /** The board after the player to move marks {@code cell}. */
    public Board play(int cell) {
        if (!isFree(cell) || isOver()) {
            throw new IllegalArgumentException("Cell " + cell + " cannot be played on this board");
        }
        int[] next = cells.clone();
        next[cell] = toMove();
        return new Board(next);
    }

    /** X or O for three in a row, 0 while nobody has. */
    public int winner() {
        List<Integer> line = winningLine();
        return line.isEmpty() ? 0 : cells[line.get(0)];
    }

    /** The three cells of a completed line (the first found), none while nobody has three in a row. */
    public List<Integer> winningLine() {
        for (int[] line : LINES) {
            int sum = cells[line[0]] + cells[line[1]] + cells[line[2]];
            if (Math.abs(sum) == 3) {
                return List.of(line[0], line[1], line[2]);
            }
        }
        return List.of();
    }

    public boolean isOver() {
        return winner() != 0 || Arrays.stream(cells).allMatch(c -> c != 0);
    }

    /** The cells as {@code mark} sees them: its own 1, the other's -1. */
    public double[] seenBy(int mark) {
        return Arrays.stream(cells).mapToDouble(c -> c * mark).toArray();
    }

    public List<Integer> cells() {
        return Arrays.stream(cells).boxed().toList();
    }

    /** Nine characters, X, O or '.', a stable key for tables. */
    public String key() {
        StringBuilder key = new StringBuilder(CELLS);
        for (int c : cells) {
            key.append(c == X ? 'X' : c == O ? 'O' : '.');
        }
        return key.toString();
    }

    /** Three lines of three, with the free cells numbered 1 to 9 as a person types them. */
    public String drawn() {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                int i = row * 3 + col;
                text.append(cells[i] == X ? 'X' : cells[i] == O ? 'O' : (char) ('1' + i));
                text.append(col < 2 ? " | " : "\n");
            }
            if (row < 2) {
                text.append("--+---+--\n");
            }
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Board other && Arrays.equals(cells, other.cells);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        return key();
    }
}
