package org.whiskerstudio.training;

/**
 * The end of an epoch: mean training loss/accuracy over its batches, and loss/accuracy on the validation part
 * (NaN when the project has no validation part).
 *
 * @param epoch  1-based
 * @param millis wall time of the epoch, validation included
 */
public record EpochMetric(int epoch, long iteration, double trainLoss, double trainAccuracy, double validationLoss,
                          double validationAccuracy, double learningRate, long millis) {
}
