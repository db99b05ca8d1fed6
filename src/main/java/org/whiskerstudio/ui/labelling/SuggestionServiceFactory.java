package org.whiskerstudio.ui.labelling;

import java.util.Optional;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.suggest.SuggestionService;

/**
 * Where the Label screen gets an open project's suggesting engine; wired once in {@code AppContext}, so the screen
 * never builds DL4J-side classes itself. Empty means this build cannot suggest, and the screen says so.
 */
@FunctionalInterface
public interface SuggestionServiceFactory {
    /** No engine: stored suggestions still show and can be accepted; Suggest says the engine is missing. */
    SuggestionServiceFactory UNAVAILABLE = store -> Optional.empty();

    Optional<SuggestionService> open(ProjectStore store);
}
