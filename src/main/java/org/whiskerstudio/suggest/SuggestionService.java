package org.whiskerstudio.suggest;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ProjectStore;

/** Suggests labels with a classifier run; the DL4J engine implements it in {@code suggest.dl4j}. */
@FunctionalInterface
public interface SuggestionService {
    /** What a round did, with notes on examples left out. */
    record Outcome(SuggestionSummary summary, List<String> notes) {
        public Outcome {
            notes = List.copyOf(notes);
        }
    }

    /** Replaces the project's suggestions with run {@code runId}'s; empty when cancelled (nothing replaced). */
    Optional<Outcome> suggest(ProjectStore store, long runId, Progress progress, Cancellation cancellation)
            throws IOException;
}
