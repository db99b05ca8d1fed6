package org.whiskerstudio.rl;

import java.util.random.RandomGenerator;

/** Choosing among action values: the best legal one, or a random legal one with probability epsilon. */
public final class Greedy {
    private Greedy() {
    }

    /** The legal index of highest value, the lowest among equals. */
    public static int best(double[] values, boolean[] legal) {
        int best = -1;
        for (int a = 0; a < values.length; a++) {
            if (legal[a] && (best < 0 || values[a] > values[best])) {
                best = a;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("No legal action to choose from");
        }
        return best;
    }

    /** The highest value among legal actions. */
    public static double max(double[] values, boolean[] legal) {
        return values[best(values, legal)];
    }

    /** A uniformly random legal action with probability {@code epsilon}, otherwise {@link #best}. */
    public static int epsilonGreedy(double[] values, boolean[] legal, double epsilon, RandomGenerator random) {
        return random.nextDouble() >= epsilon ? best(values, legal) : randomLegal(legal, random);
    }

    /** A uniformly random legal action. */
    public static int randomLegal(boolean[] legal, RandomGenerator random) {
        int count = 0;
        for (boolean l : legal) {
            count += l ? 1 : 0;
        }
        int pick = random.nextInt(count);
        for (int a = 0; a < legal.length; a++) {
            if (legal[a] && pick-- == 0) {
                return a;
            }
        }
        throw new IllegalArgumentException("No legal action to choose from");
    }
}
