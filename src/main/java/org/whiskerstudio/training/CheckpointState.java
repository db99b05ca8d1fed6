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

    /**
     * The state at the end of an epoch: {@code watched} is the loss early stopping follows; when it beats the best so
     * far, this epoch becomes the best (the caller saves best.zip when {@link #bestEpoch()} is {@code epoch}).
     */
    public CheckpointState after(int epoch, long iteration, double watched, double validationAccuracy,
                                 long elapsedMillis) {
        boolean improved = watched < bestLoss;
        return new CheckpointState(epoch, iteration, improved ? epoch : bestEpoch, improved ? watched : bestLoss,
                improved ? validationAccuracy : bestValidationAccuracy, improved ? 0 : epochsWithoutImprovement + 1,
                elapsedMillis);
    }

    /** What a stop during (0-based) {@code epoch} leaves behind, for the run's message. */
    public String stoppedMessage(int epoch, int epochs) {
        return this.epoch == 0
                ? "Stopped before the first epoch finished, so there is nothing to resume from."
                : "Stopped during epoch " + (epoch + 1) + " of " + epochs + ". Resume goes on from epoch "
                        + (this.epoch + 1) + " (epochs up to " + this.epoch + " are saved).";
    }
}
