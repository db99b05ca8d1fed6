package org.whiskerstudio.ui.evaluation;

import java.util.Optional;
import org.whiskerstudio.evaluation.EvaluationService;
import org.whiskerstudio.project.ProjectStore;

/**
 * Where the studio gets an open project's evaluation engine; wired once in {@code AppContext}, so the Evaluate screen
 * never builds DL4J-side classes itself. Empty means this build cannot evaluate, and the screen says so.
 */
@FunctionalInterface
public interface EvaluationServiceFactory {
    /** No engine: saved evaluations still show; Evaluate says the engine is missing. */
    EvaluationServiceFactory UNAVAILABLE = store -> Optional.empty();

    /** Called once per opened project. */
    Optional<EvaluationService> open(ProjectStore store);
}
