package org.whiskerstudio.training;

/**
 * What a checkpoint needs besides the model to go on exactly where the run was: written as checkpoint.json next to
 * the checkpoint zip after every epoch and, for runs that checkpoint inside an epoch, at a step within one.
 *
 * @param epoch                    epochs finished (1-based number of the last one)
 * @param iteration                steps taken so far
 * @param bestEpoch                the epoch of best.zip, 0 before there is one
 * @param bestLoss                 the loss early stopping watches (validation, or training without a validation part)
 * @param bestValidationAccuracy   at the best epoch; NaN without a validation part
 * @param epochsWithoutImprovement the early-stopping counter
 * @param elapsedMillis            training time so far, pauses excluded
 * @param stepsIntoEpoch           steps already taken in epoch {@code epoch + 1}; 0 at an epoch's end (and in every
 *                                 checkpoint.json written before checkpoints inside an epoch existed)
 * @param epochLossSum             the sum of those steps' training losses, so the epoch's mean comes out as if never
 *                                 interrupted
 */
public record CheckpointState(int epoch, long iteration, int bestEpoch, double bestLoss, double bestValidationAccuracy,
                              int epochsWithoutImprovement, long elapsedMillis, int stepsIntoEpoch,
                              double epochLossSum) {
    public CheckpointState {
        if (stepsIntoEpoch < 0) {
            throw new IllegalArgumentException("steps into an epoch cannot be negative: " + stepsIntoEpoch);
        }
    }

    /** At an epoch's end. */
    public CheckpointState(int epoch, long iteration, int bestEpoch, double bestLoss, double bestValidationAccuracy,
                           int epochsWithoutImprovement, long elapsedMillis) {
        this(epoch, iteration, bestEpoch, bestLoss, bestValidationAccuracy, epochsWithoutImprovement, elapsedMillis,
                0, 0);
    }

    /** Before the first epoch. */
    public static CheckpointState start() {
        return new CheckpointState(0, 0, 0, Double.POSITIVE_INFINITY, Double.NaN, 0, 0);
    }

    public boolean hasBest() {
        return bestEpoch > 0;
    }

    /** Whether this checkpoint was taken inside an epoch rather than at its end. */
    public boolean insideEpoch() {
        return stepsIntoEpoch > 0;
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

    /** The state {@code steps} steps into the epoch after the last finished one; the best so far is unchanged. */
    public CheckpointState inside(int steps, long iteration, double lossSum, long elapsedMillis) {
        return new CheckpointState(epoch, iteration, bestEpoch, bestLoss, bestValidationAccuracy,
                epochsWithoutImprovement, elapsedMillis, steps, lossSum);
    }

    /** What a stop during (0-based) {@code epoch} leaves behind, for the run's message. */
    public String stoppedMessage(int epoch, int epochs) {
        if (stepsIntoEpoch > 0) {
            return "Stopped after step " + stepsIntoEpoch + " of epoch " + (this.epoch + 1) + " of " + epochs
                    + " (step " + iteration + " in all), saved there: resume goes on from that step.";
        }
        return this.epoch == 0
                ? "Stopped before the first epoch finished, so there is nothing to resume from."
                : "Stopped during epoch " + (epoch + 1) + " of " + epochs + ". Resume goes on from epoch "
                        + (this.epoch + 1) + " (epochs up to " + this.epoch + " are saved).";
    }
}
