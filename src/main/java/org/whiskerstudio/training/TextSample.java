package org.whiskerstudio.training;

/**
 * Text a next-character model wrote during training, from the run's fixed primer and seed, so successive samples
 * differ only by what the model has learnt.
 *
 * @param iteration the step after which it was written (1-based, continuing across resumes)
 * @param text      the primer followed by what the model wrote
 */
public record TextSample(int epoch, long iteration, String primer, String text, double temperature) {
}
