package org.whiskerstudio.training;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which number an autoencoder calls its anomaly score. Runs score by {@link #CODE_DISTANCE}: on Fashion-MNIST's
 * one-class protocol ({@code whisker bench anomaly --epochs 3 --train-images 2000}) it reaches a mean AUROC of 0.927
 * where the reconstruction error reaches 0.862. Scores of different kinds are never mixed: what was saved with another score (a moved threshold,
 * Evaluate's saved scores, the map's cached scores) is computed again, and a bundle made before the code distance
 * keeps scoring by reconstruction error and says so on its card.
 */
public enum AnomalyScore {
    /**
     * The mean squared difference between the normalised input and its reconstruction (a variational autoencoder's
     * negative log-probability of rebuilding it).
     */
    RECONSTRUCTION_ERROR("reconstruction-error", "reconstruction error of the normalised input"),
    /** The mean distance of the example's code (its bottleneck's activations) to its nearest normal training codes. */
    CODE_DISTANCE("code-distance", "code distance to " + AnomalyScore.NEIGHBOURS + " nearest normal training examples");

    /**
     * How many nearest normal codes the code distance averages: 5 is what {@code bench anomaly} measured (0.927); one
     * neighbour lets a single odd normal example hide an anomaly beside it, many blur the normal class's modes.
     */
    public static final int NEIGHBOURS = 5;

    private final String key;
    private final String label;

    AnomalyScore(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name kept in files ("code-distance"). */
    public String key() {
        return key;
    }

    /** What the score is, for the reader ("code distance to 5 nearest normal training examples"). */
    public String label() {
        return label;
    }

    /** The score of {@code key}; empty for a key this version does not know. */
    public static Optional<AnomalyScore> ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
