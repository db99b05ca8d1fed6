package org.whiskerstudio.training;

import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A run in a project's history (one row of {@code training_run}); its files live in {@code runs/<id>/}.
 *
 * @param message        why the run ended as it did ("Validation loss has not improved for 3 epochs"), or ""
 * @param durationMillis training time summed over all sessions of the run (pauses excluded)
 * @param epochsDone     epochs finished and checkpointed
 */
public record TrainingRun(long id, String name, String architectureName, RunStatus status, String message,
                          Instant createdAt, Instant updatedAt, long durationMillis, int epochsDone,
                          TrainingConfig config, OptionalInt bestEpoch, OptionalDouble bestValidationLoss,
                          OptionalDouble bestValidationAccuracy) {
    /** Whether resuming can go on: stopped or interrupted with at least one epoch checkpointed and epochs left. */
    public boolean canResume() {
        return status.resumable() && epochsDone > 0 && epochsDone < config.epochs();
    }
}
