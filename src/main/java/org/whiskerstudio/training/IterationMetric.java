package org.whiskerstudio.training;

/**
 * One training step: the batch's loss. Plain numbers, never an engine tensor.
 *
 * @param iteration         steps since the run began, 1-based, continuing across resumes
 * @param examplesPerSecond throughput over the last few steps
 */
public record IterationMetric(int epoch, long iteration, double loss, double examplesPerSecond) {
}
