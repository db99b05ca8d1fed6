package org.whiskerstudio.rl;

import java.util.Arrays;
import java.util.OptionalDouble;
import org.whiskerstudio.architecture.AgentEnvironment;

/**
 * The environments the studio offers, by the names commands and bundles use: each is the {@link AgentEnvironment}
 * an agent's network is drawn for, made playable.
 */
public enum EnvironmentKind {
    TICTACTOE(AgentEnvironment.TICTACTOE),
    CARTPOLE(AgentEnvironment.CARTPOLE);

    private final AgentEnvironment sizes;

    EnvironmentKind(AgentEnvironment sizes) {
        this.sizes = sizes;
    }

    public String key() {
        return sizes.key();
    }

    public String label() {
        return sizes.label();
    }

    /** The observation and action sizes a network for it must fit. */
    public AgentEnvironment sizes() {
        return sizes;
    }

    /** A fresh environment of this kind; noughts &amp; crosses as first player against a random one. */
    public Environment create() {
        return switch (this) {
            case TICTACTOE -> new NoughtsAndCrosses(Opponent.random(), true);
            case CARTPOLE -> new CartPole();
        };
    }

    /**
     * The mean return over {@link GreedyChecks#EPISODES} greedy episodes at which an agent counts as solved:
     * CartPole-v1's 475 for cart-pole; none for noughts &amp; crosses, judged by its games instead.
     */
    public OptionalDouble solvedReturn() {
        return this == CARTPOLE ? OptionalDouble.of(475) : OptionalDouble.empty();
    }

    /** The playable environment an agent's network was drawn for. */
    public static EnvironmentKind of(AgentEnvironment environment) {
        return Arrays.stream(values()).filter(k -> k.sizes == environment).findFirst().orElseThrow();
    }

    /** @throws IllegalArgumentException naming the known keys */
    public static EnvironmentKind fromKey(String key) {
        return of(AgentEnvironment.fromKey(key));
    }
}
