package org.whiskerstudio.evaluation;

import java.io.IOException;
import java.util.Optional;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ProjectStore;

/** Runs a trained run's model over labelled images; the DL4J engine implements it in {@code evaluation.dl4j}. */
@FunctionalInterface
public interface EvaluationService {
    /** The predictions, or empty when cancelled. A test-part evaluation is saved in the run's folder. */
    Optional<Evaluation> evaluate(ProjectStore store, long runId, EvaluationData data, Progress progress,
                                  Cancellation cancellation) throws IOException;
}
