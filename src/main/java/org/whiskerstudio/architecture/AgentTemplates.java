package org.whiskerstudio.architecture;

/**
 * Agents' networks: one observation in, Dense layers, one value per action out ({@link LayerSpec.QValues}). They
 * need no data from the project: the environment makes their experience.
 */
public final class AgentTemplates {
    /** Hidden units of each of the two layers: the cart-pole DQN's tuned width on this machine (see DqnOptions). */
    public static final int HIDDEN = 64;

    private AgentTemplates() {
    }

    /**
     * The cart-pole DQN of {@code whisker bench rl}: 4 numbers in, two ReLU layers of 64, 2 values (push left or
     * right).
     */
    public static LayerGraph cartPole() {
        return mlp(AgentEnvironment.CARTPOLE);
    }

    /**
     * Noughts &amp; crosses: the 9 cells as the agent sees them (own 1, other -1), two ReLU layers of 64, a value per
     * cell. The same shape a DQN would train; the studio trains the game by tabular Q-learning by default, which
     * meets the game's targets (never loses to a perfect player, wins over 90% against a random one from both sides).
     */
    public static LayerGraph noughtsAndCrosses() {
        return mlp(AgentEnvironment.TICTACTOE);
    }

    private static LayerGraph mlp(AgentEnvironment environment) {
        return new GraphBuilder(new TensorShape.Vector(environment.observations()))
                .then(new LayerSpec.Dense(HIDDEN, Activation.RELU))
                .then(new LayerSpec.Dense(HIDDEN, Activation.RELU))
                .then(new LayerSpec.QValues(environment))
                .build();
    }
}
