package org.whiskerstudio.bench.dl4j;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * How simulated labelling picks the next examples for the "person" to label from the unlabelled pool: at random, or
 * by least margin (p1 - p2 as {@code suggest.Suggestion} stores it, smallest first and ties by example number, as the
 * suggestion queue's least-certain order sorts), optionally drawing the batch at random from the least-margin
 * {@code candidates} to keep a batch from piling up near-duplicates of one confusion.
 */
public sealed interface ActiveStrategy permits ActiveStrategy.RandomPick, ActiveStrategy.LeastMargin {

    /** The name on the command line and in the table's header. */
    String key();

    /** Whether {@link #pick} reads the margins (only then is the pool scored). */
    boolean needsMargins();

    /**
     * {@code count} distinct entries of {@code pool} (all of it if smaller), in the order picked.
     *
     * @param margins each pool entry's margin, by position in {@code pool}; ignored when {@link #needsMargins} is false
     */
    List<Integer> pick(int[] pool, double[] margins, int count, Random random);

    /** {@code random}, {@code margin} or {@code margin:N} (a random batch from the N least-margin examples). */
    static ActiveStrategy parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        if (key.equals("random")) {
            return new RandomPick();
        }
        if (key.equals("margin")) {
            return new LeastMargin(0);
        }
        if (key.startsWith("margin:")) {
            try {
                int candidates = Integer.parseInt(key.substring("margin:".length()));
                if (candidates > 0) {
                    return new LeastMargin(candidates);
                }
            } catch (NumberFormatException e) {
                // falls through to the message below, which names the accepted forms
            }
        }
        throw new IllegalArgumentException("unknown strategy \"" + text + "\": random, margin or margin:N (N > 0)");
    }

    /** Uniformly at random: the baseline (a partial Fisher-Yates shuffle of the pool). */
    record RandomPick() implements ActiveStrategy {
        @Override
        public String key() {
            return "random";
        }

        @Override
        public boolean needsMargins() {
            return false;
        }

        @Override
        public List<Integer> pick(int[] pool, double[] margins, int count, Random random) {
            return sample(IntStream.of(pool).boxed().toList(), count, random);
        }
    }

    /**
     * Least margin first (uncertainty sampling).
     *
     * @param candidates 0 for the {@code count} least-margin examples themselves; else a random {@code count} of the
     *                   {@code candidates} least-margin ones
     */
    record LeastMargin(int candidates) implements ActiveStrategy {
        public LeastMargin {
            if (candidates < 0) {
                throw new IllegalArgumentException("candidates must be 0 or more, not " + candidates);
            }
        }

        @Override
        public String key() {
            return candidates == 0 ? "margin" : "margin:" + candidates;
        }

        @Override
        public boolean needsMargins() {
            return true;
        }

        @Override
        public List<Integer> pick(int[] pool, double[] margins, int count, Random random) {
            if (margins.length != pool.length) {
                throw new IllegalArgumentException(margins.length + " margins for a pool of " + pool.length);
            }
            List<Integer> order = IntStream.range(0, pool.length).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(i -> margins[i]).thenComparingInt(i -> pool[i]))
                    .map(i -> pool[i]).toList();
            if (candidates == 0) {
                return order.subList(0, Math.min(count, order.size()));
            }
            return sample(order.subList(0, Math.min(Math.max(candidates, count), order.size())), count, random);
        }
    }

    private static List<Integer> sample(List<Integer> from, int count, Random random) {
        List<Integer> items = new ArrayList<>(from);
        int n = Math.min(count, items.size());
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(items.size() - i);
            Integer t = items.get(i);
            items.set(i, items.get(j));
            items.set(j, t);
        }
        return List.copyOf(items.subList(0, n));
    }
}
