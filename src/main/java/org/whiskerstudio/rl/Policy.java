package org.whiskerstudio.rl;

/** What a trained agent knows: a value for each action in an observed state, and the greedy choice it makes. */
public interface Policy {
    /** The estimated return of each action from {@code observation}. */
    double[] values(double[] observation);

    /** The legal action of highest value (the lowest index among equals, so a choice is repeatable). */
    default int act(double[] observation, boolean[] legal) {
        return Greedy.best(values(observation), legal);
    }

    /** The values for many observations at once; a network answers them in one pass rather than one each. */
    default double[][] valuesOfAll(double[][] observations) {
        double[][] values = new double[observations.length][];
        for (int i = 0; i < observations.length; i++) {
            values[i] = values(observations[i]);
        }
        return values;
    }
}
