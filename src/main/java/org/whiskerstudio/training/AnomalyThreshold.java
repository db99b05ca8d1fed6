package org.whiskerstudio.training;

/**
 * The score above which an autoencoder run calls an example an anomaly, when a person has moved it away from the
 * default (the normal validation examples' 99th percentile, computed when the run is evaluated). Kept in the run's
 * folder so the Evaluate screen, {@code whisker predict}/{@code serve} and the bundle give the same verdict.
 *
 * @param value  the threshold, a score (finite, at least 0)
 * @param source how it was chosen, for the reader ("set by hand on the Evaluate screen")
 * @param score  the score it is a value of; a file from before the code distance has none and is of the
 *               reconstruction error, which the run no longer answers ({@link RunFolder#readAnomalyThreshold} then
 *               reads it as absent)
 */
public record AnomalyThreshold(double value, String source, AnomalyScore score) {
    public AnomalyThreshold {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("An anomaly threshold must be a finite score >= 0, got " + value);
        }
        source = source == null ? "" : source.strip();
        score = score == null ? AnomalyScore.RECONSTRUCTION_ERROR : score;
    }

    /** A threshold of the score runs answer, {@link AnomalyScore#CODE_DISTANCE}. */
    public AnomalyThreshold(double value, String source) {
        this(value, source, AnomalyScore.CODE_DISTANCE);
    }
}
