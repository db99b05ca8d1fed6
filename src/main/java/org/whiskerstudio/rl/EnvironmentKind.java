package org.whiskerstudio.rl;

import java.util.Arrays;

/** The environments the studio offers, by the names commands and bundles use. */
public enum EnvironmentKind {
    TICTACTOE("tictactoe", "Noughts & crosses"),
    CARTPOLE("cartpole", "Cart-pole");

    private final String key;
    private final String label;

    EnvironmentKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** A fresh environment of this kind; noughts &amp; crosses as first player against a random one. */
    public Environment create() {
        return switch (this) {
            case TICTACTOE -> new NoughtsAndCrosses(Opponent.random(), true);
            case CARTPOLE -> new CartPole();
        };
    }

    /** @throws IllegalArgumentException naming the known keys */
    public static EnvironmentKind fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("Unknown environment '" + key + "': tictactoe or cartpole"));
    }
}
