package org.whiskerstudio.rl;

/** Hears of each finished training episode and says whether to go on (a stop button, a reached goal). */
@FunctionalInterface
public interface TrainingListener {
    boolean episodeEnded(EpisodeReport report);

    /**
     * Asked between environment steps and gradient steps, so a stop need not wait for an episode (or a DQN's burst
     * of updates, seconds long) to end; a listener may block here while its run is paused.
     */
    default boolean keepGoing() {
        return true;
    }
}
