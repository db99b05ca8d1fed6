package org.whiskerstudio.training;

import java.util.concurrent.CompletionStage;

/** A run in progress on the training thread. */
public interface TrainingSession {
    long runId();

    TrainingControl control();

    /** Completes with the run's final row when the training thread ends (completed, stopped, diverged, failed). */
    CompletionStage<TrainingRun> finished();
}
