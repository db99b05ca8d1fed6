package org.whiskerstudio.rl.dl4j;

import org.whiskerstudio.rl.ReplayBuffer;

/**
 * A DQN learner's whole state between steps: what {@link Dqn#state()} gives and {@link LearnerCheckpoint} keeps.
 *
 * @param online   the network being trained, with its optimiser's state
 * @param steps    environment steps taken
 * @param episodes episodes finished
 * @param random   the learner's random stream ({@link org.whiskerstudio.rl.ResumableRandom#state()})
 */
public record DqnState(QNetwork online, QNetwork target, ReplayBuffer replay, long steps, int episodes, long random) {
    public DqnState {
        if (steps < 0 || episodes < 0 || episodes > steps) {
            throw new IllegalArgumentException("A DQN's counters cannot be negative nor count more episodes than "
                    + "steps (" + steps + " steps, " + episodes + " episodes)");
        }
    }
}
