package org.whiskerstudio.ui.rl;

/** How a game against the agent ended, from the person's side, in the words the board shows. */
public enum PlayResult {
    PERSON_WINS("You win"), DRAW("Draw"), AGENT_WINS("The agent wins");

    private final String words;

    PlayResult(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
