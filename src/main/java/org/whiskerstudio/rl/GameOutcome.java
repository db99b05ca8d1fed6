package org.whiskerstudio.rl;

/** How a game of noughts &amp; crosses ended for the agent; an illegal move forfeits it. */
public enum GameOutcome {
    WIN(1), DRAW(0), LOSS(-1), ILLEGAL_MOVE(-1);

    private final double reward;

    GameOutcome(double reward) {
        this.reward = reward;
    }

    public double reward() {
        return reward;
    }
}
