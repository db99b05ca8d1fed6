package org.whiskerstudio.ui.evaluation;

import java.util.Optional;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.suggest.MistakeScoring;

/**
 * Where the studio gets the engine that scores an open project's labelled examples for possible label mistakes;
 * wired once in {@code AppContext}. Empty means this build cannot score, and the screen says so.
 */
@FunctionalInterface
public interface MistakeScoringFactory {
    /** No engine: Find says the engine is missing. */
    MistakeScoringFactory UNAVAILABLE = store -> Optional.empty();

    /** Called once per opened project. */
    Optional<MistakeScoring> open(ProjectStore store);
}
