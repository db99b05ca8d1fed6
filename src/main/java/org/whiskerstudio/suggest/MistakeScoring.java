package org.whiskerstudio.suggest;

import java.io.IOException;
import java.util.Optional;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ProjectStore;

/** Scores a project's labelled training and validation examples with a run; the engine is in {@code suggest.dl4j}. */
@FunctionalInterface
public interface MistakeScoring {
    /** The run's probabilities for those examples, or empty when cancelled. Runs on the caller's thread. */
    Optional<MistakeScan> scan(ProjectStore store, long runId, Progress progress, Cancellation cancellation)
            throws IOException;
}
