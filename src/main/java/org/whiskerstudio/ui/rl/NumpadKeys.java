package org.whiskerstudio.ui.rl;

import java.util.OptionalInt;

/**
 * The keys 1 to 9 laid out as a numeric keypad over the board: 7 8 9 on the top row, 1 2 3 on the bottom, so a key's
 * place on the keypad is its cell's place on the board.
 */
final class NumpadKeys {
    private NumpadKeys() {
    }

    /** The cell (0 to 8, row by row) of digit {@code 1..9}, none for any other digit. */
    static OptionalInt cellOf(int digit) {
        if (digit < 1 || digit > 9) {
            return OptionalInt.empty();
        }
        int row = 2 - (digit - 1) / 3;
        int col = (digit - 1) % 3;
        return OptionalInt.of(row * 3 + col);
    }

    /** The digit a person presses for {@code cell}. */
    static int digitOf(int cell) {
        return (2 - cell / 3) * 3 + cell % 3 + 1;
    }
}
