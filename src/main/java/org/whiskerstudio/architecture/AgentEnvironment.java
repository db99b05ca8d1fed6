package org.whiskerstudio.architecture;

import java.util.Arrays;

/**
 * The environments an agent's network can be made for, with the sizes its layers must fit: the numbers an
 * observation has (the network's input) and the actions it values (its Q-value head's width). The environments
 * themselves live in {@code rl}; this is what the layer editor needs to check a network against one.
 */
public enum AgentEnvironment {
    /** Gym's CartPole-v1: cart position and speed, pole angle and angular speed; push left or right. */
    CARTPOLE("cartpole", "Cart-pole", 4, 2),
    /** The board as the agent sees it (own 1, other -1, empty 0), one action per cell. */
    TICTACTOE("tictactoe", "Noughts & crosses", 9, 9);

    private final String key;
    private final String label;
    private final int observations;
    private final int actions;

    AgentEnvironment(String key, String label, int observations, int actions) {
        this.key = key;
        this.label = label;
        this.observations = observations;
        this.actions = actions;
    }

    /** As commands, bundles and architecture files name it. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** How many numbers an observation has. */
    public int observations() {
        return observations;
    }

    public int actions() {
        return actions;
    }

    /** @throws IllegalArgumentException naming the known keys */
    public static AgentEnvironment fromKey(String key) {
        return Arrays.stream(values()).filter(e -> e.key.equals(key)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("Unknown environment '" + key + "': tictactoe or cartpole"));
    }

    @Override
    public String toString() {
        return label;
    }
}
