package org.whiskerstudio.rl;

import java.util.ArrayList;
import java.util.List;

/**
 * Whom a noughts &amp; crosses agent learns against, always from both sides: the studio's mix (two games against a
 * random player for each against a perfect one, see {@link TicTacToeTraining}), only a random player, or only a
 * perfect one.
 */
public enum Sparring {
    MIXED("mixed", "Random and perfect players (2:1)", Opponent.random(), Opponent.random(), Opponent.perfect()),
    RANDOM("random", "A random player", Opponent.random()),
    PERFECT("perfect", "A perfect (minimax) player", Opponent.perfect());

    private final String key;
    private final String label;
    private final List<Opponent> opponents;

    Sparring(String key, String label, Opponent... opponents) {
        this.key = key;
        this.label = label;
        this.opponents = List.of(opponents);
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The games to take in turn: as first and as second player against each opponent. */
    public List<Environment> environments() {
        List<Environment> environments = new ArrayList<>();
        for (Opponent opponent : opponents) {
            environments.add(new NoughtsAndCrosses(opponent, true));
            environments.add(new NoughtsAndCrosses(opponent, false));
        }
        return environments;
    }

    /** @throws IllegalArgumentException naming the known keys */
    public static Sparring fromKey(String key) {
        for (Sparring s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown opponent '" + key + "': mixed, random or perfect");
    }
}
