package org.whiskerstudio.training;

import java.util.List;
import org.whiskerstudio.rl.EnvironmentView;

/**
 * One greedy episode of an agent as it was after {@code afterEpisode} training episodes, frame by frame from the
 * first state to the last, for a screen to play back.
 */
public record AgentReplay(int afterEpisode, List<EnvironmentView> frames, double episodeReturn) {
    public AgentReplay {
        frames = List.copyOf(frames);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("A replay has at least its first frame");
        }
    }
}
