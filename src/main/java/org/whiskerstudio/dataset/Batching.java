package org.whiskerstudio.dataset;

/**
 * How a run's examples are fed: resized with {@code resize}, in batches of {@code batchSize}, shuffled and augmented
 * from {@code seed}. The dataset's part of a run's settings, so preparing data needs nothing from training.
 */
public record Batching(ResizeMode resize, int batchSize, long seed, Augmentation augmentation) {
}
