package org.whiskerstudio.training;

/**
 * What a checkpoint needs besides the model to go on exactly where the run was: written as checkpoint.json next to
 * checkpoint.zip after every epoch.
 *
 * @param epoch                    epochs finished (1-based number of the last one)
 * @param iteration                steps taken so far
 * @param bestEpoch                the epoch of best.zip, 0 before there is one
 * @param bestLoss                 the loss early stopping watches (validation, or training without a validation part)
 * @param bestValidationAccuracy   at the best epoch; NaN without a validation part
 * @param epochsWithoutImprovement the early-stopping counter
 * @param elapsedMillis            training time so far, pauses excluded
 */
public record CheckpointState(int epoch, long iteration, int bestEpoch, double bestLoss, double bestValidationAccuracy,
                              int epochsWithoutImprovement, long elapsedMillis) {
    /** Before the first epoch. */
    public static CheckpointState start() {
        return new CheckpointState(0, 0, 0, Double.POSITIVE_INFINITY, Double.NaN, 0, 0);
    }

    public boolean hasBest() {
        return bestEpoch > 0;
    }
}
