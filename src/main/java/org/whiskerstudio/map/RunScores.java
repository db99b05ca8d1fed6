package org.whiskerstudio.map;

import org.whiskerstudio.training.AnomalyThreshold;

/** An autoencoder run's anomaly scores of the project's examples and the threshold its verdicts use now. */
public record RunScores(long runId, ExampleScores scores, AnomalyThreshold threshold) {
}
