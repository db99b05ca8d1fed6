package org.whiskerstudio.evaluation;

import java.io.IOException;
import java.util.Optional;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ProjectStore;

/**
 * Scores an autoencoder run's validation and test parts by code distance; the DL4J engine implements it in
 * {@code evaluation.dl4j}, so screens score anomalies without meeting ND4J.
 */
@FunctionalInterface
public interface AnomalyService {
    /** The scores with their default threshold, or empty when cancelled. */
    Optional<AnomalyEvaluation> score(ProjectStore store, long runId, Progress progress, Cancellation cancellation)
            throws IOException;
}
