package org.whiskerstudio.ui.training;

import java.util.Optional;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.training.TrainingService;

/**
 * Where the studio gets the training service of an open project; wired once in {@code AppContext}. Empty means
 * this build cannot train, and the Train screen says so.
 */
@FunctionalInterface
public interface TrainingServiceFactory {
    /** No training engine: the Train screen explains that training is unavailable. */
    TrainingServiceFactory UNAVAILABLE = session -> Optional.empty();

    /** Called once per opened project; the session lets the engine hold the store open while its thread writes. */
    Optional<TrainingService> open(ProjectSession session);
}
