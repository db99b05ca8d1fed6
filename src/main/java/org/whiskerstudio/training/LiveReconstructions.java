package org.whiskerstudio.training;

/**
 * What an autoencoder sends the Train screen after each epoch: its reconstructions of the same few validation
 * examples, as pictures for images ({@link ReconstructionSamples}) or as lines for series and vectors
 * ({@link LineReconstructions}).
 */
public sealed interface LiveReconstructions permits ReconstructionSamples, LineReconstructions {
    /** The epoch (1-based) after which the examples were rebuilt. */
    int epoch();

    /** How many examples are shown. */
    int count();
}
