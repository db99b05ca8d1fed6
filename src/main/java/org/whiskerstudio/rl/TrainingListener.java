package org.whiskerstudio.rl;

/** Hears of each finished training episode and says whether to go on (a stop button, a reached goal). */
@FunctionalInterface
public interface TrainingListener {
    boolean episodeEnded(EpisodeReport report);
}
