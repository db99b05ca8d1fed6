package org.whiskerstudio.training;

import java.nio.file.Path;

/**
 * The files of an agent run's folder: {@code agent.json} (its settings), {@code agent.zip} (the agent, an
 * {@code rl.dl4j.AgentBundle} written whole at each checkpoint and at the end) and {@code episodes.csv} (one line per
 * training episode: {@value #EPISODES_HEADER}).
 */
public record AgentFiles(RunFolder folder) {
    /** The columns of {@code episodes.csv}; the loss is NaN before a DQN starts learning. */
    public static final String EPISODES_HEADER = "episode,total_steps,return,length,epsilon,loss";

    public Path settings() {
        return folder.root().resolve("agent.json");
    }

    /** The agent as last saved: what {@code whisker rl play}, the Evaluate screen and the board load. */
    public Path bundle() {
        return folder.root().resolve("agent.zip");
    }

    public Path episodes() {
        return folder.root().resolve("episodes.csv");
    }
}
