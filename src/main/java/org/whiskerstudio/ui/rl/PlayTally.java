package org.whiskerstudio.ui.rl;

/** The games of one sitting against the agent: the person's wins, the draws, the agent's wins. */
public record PlayTally(int personWins, int draws, int agentWins) {
    static final PlayTally NONE = new PlayTally(0, 0, 0);

    /** This tally with one more game ending in {@code result}, or one less for {@code count} -1 (an undone game). */
    PlayTally with(PlayResult result, int count) {
        return switch (result) {
            case PERSON_WINS -> new PlayTally(personWins + count, draws, agentWins);
            case DRAW -> new PlayTally(personWins, draws + count, agentWins);
            case AGENT_WINS -> new PlayTally(personWins, draws, agentWins + count);
        };
    }

    public int games() {
        return personWins + draws + agentWins;
    }

    @Override
    public String toString() {
        return String.format("%d %s: you won %d, drew %d, the agent won %d", games(), games() == 1 ? "game" : "games",
                personWins, draws, agentWins);
    }
}
