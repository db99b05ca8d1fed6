package org.whiskerstudio.rl;

/**
 * A world an agent acts in, one episode at a time: {@link #reset} starts an episode, {@link #step} applies one of
 * {@link #actionCount()} actions and says what followed. Not thread-safe: one agent drives one environment.
 */
public interface Environment {
    /** Starts a new episode; the same seed starts (and, for the same actions, plays) the same episode. */
    double[] reset(long seed);

    /**
     * Applies {@code action} (0 to {@link #actionCount()} - 1).
     *
     * @throws IllegalStateException when the episode is over (reset first)
     * @throws IllegalArgumentException for an action outside the range
     */
    Step step(int action);

    int actionCount();

    /** How many numbers an observation has. */
    int observationSize();

    /** Which actions make sense now (an agent picks among these); all of them unless the rules forbid some. */
    boolean[] legalActions();

    /** What a screen draws of the current state. */
    EnvironmentView view();
}
