package org.whiskerstudio.rl;

/**
 * One finished training episode: its return and length, the exploration rate at its end, the mean loss of the
 * updates made during it (NaN before learning starts) and the environment steps taken so far in the run.
 */
public record EpisodeReport(int episode, long totalSteps, double episodeReturn, int length, double epsilon,
                            double loss) {
}
