package org.whiskerstudio.dataset.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A symbol stream cut into windows of {@code steps} characters, each with its target shifted by one (window i reads
 * symbols [i*steps, (i+1)*steps) and predicts [i*steps+1, (i+1)*steps+1)). Back-propagation through time is
 * truncated at window edges; the windows are visited in a seeded order per epoch, so a resumed epoch sees exactly
 * the batches an uninterrupted one would.
 */
public final class CharWindows {
    private final int[] symbols;
    private final int steps;

    /** @throws IllegalArgumentException when the stream is too short for one window ({@code what} names it) */
    public CharWindows(int[] symbols, int steps, String what) {
        if (steps < 2 || steps > 10_000) {
            throw new IllegalArgumentException("a window has 2 to 10,000 characters, not " + steps);
        }
        if (symbols.length < steps + 1) {
            throw new IllegalArgumentException(what + " has " + symbols.length + " characters; one training sequence of "
                    + steps + " characters needs at least " + (steps + 1) + ".");
        }
        this.symbols = symbols;
        this.steps = steps;
    }

    public int steps() {
        return steps;
    }

    public int count() {
        return (symbols.length - 1) / steps;
    }

    /** Window indices, shuffled by {@code seed} and {@code epoch}, grouped into batches of at most {@code batchSize}. */
    public List<int[]> batches(long seed, int epoch, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batch holds at least one window, not " + batchSize);
        }
        int[] order = new int[count()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed * 1_000_003L + epoch);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return split(order, batchSize);
    }

    /** Every window in order (for the validation loss, where order does not matter). */
    public List<int[]> inOrder(int batchSize) {
        int[] order = new int[count()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        return split(order, batchSize);
    }

    private static List<int[]> split(int[] order, int batchSize) {
        List<int[]> batches = new ArrayList<>();
        for (int from = 0; from < order.length; from += batchSize) {
            batches.add(Arrays.copyOfRange(order, from, Math.min(order.length, from + batchSize)));
        }
        return batches;
    }

    /** The symbol the window reads at {@code step}. */
    public int input(int window, int step) {
        return symbols[window * steps + step];
    }

    /** The symbol the window should predict at {@code step}: the next one. */
    public int target(int window, int step) {
        return symbols[window * steps + step + 1];
    }
}
