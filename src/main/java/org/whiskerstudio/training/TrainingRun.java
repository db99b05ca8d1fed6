package org.whiskerstudio.training;

import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.whiskerstudio.architecture.ModelKind;

/**
 * A run in a project's history (one row of {@code training_run}); its files live in {@code runs/<id>/}.
 *
 * @param message        why the run ended as it did ("Validation loss has not improved for 3 epochs"), or ""
 * @param durationMillis training time summed over all sessions of the run (pauses excluded)
 * @param epochsDone     epochs finished and checkpointed
 * @param kind           what the run trained
 * @param savedInsideEpoch whether it has a checkpoint inside the epoch after {@code epochsDone} (a character run
 *                         stopped mid-epoch), so it can be resumed before any epoch finished; for an agent, whose
 *                         one "epoch" holds all its episodes, whether it has its learner's checkpoint
 */
public record TrainingRun(long id, String name, String architectureName, RunStatus status, String message,
                          Instant createdAt, Instant updatedAt, long durationMillis, int epochsDone,
                          TrainingConfig config, OptionalInt bestEpoch, OptionalDouble bestValidationLoss,
                          OptionalDouble bestValidationAccuracy, ModelKind kind, boolean savedInsideEpoch) {
    /** A run as its row says; {@code savedInsideEpoch} comes from its folder. */
    public TrainingRun(long id, String name, String architectureName, RunStatus status, String message,
                       Instant createdAt, Instant updatedAt, long durationMillis, int epochsDone, TrainingConfig config,
                       OptionalInt bestEpoch, OptionalDouble bestValidationLoss, OptionalDouble bestValidationAccuracy,
                       ModelKind kind) {
        this(id, name, architectureName, status, message, createdAt, updatedAt, durationMillis, epochsDone, config,
                bestEpoch, bestValidationLoss, bestValidationAccuracy, kind, false);
    }

    /** A classifier's run (every run before GANs trained in the studio). */
    public TrainingRun(long id, String name, String architectureName, RunStatus status, String message,
                       Instant createdAt, Instant updatedAt, long durationMillis, int epochsDone, TrainingConfig config,
                       OptionalInt bestEpoch, OptionalDouble bestValidationLoss, OptionalDouble bestValidationAccuracy) {
        this(id, name, architectureName, status, message, createdAt, updatedAt, durationMillis, epochsDone, config,
                bestEpoch, bestValidationLoss, bestValidationAccuracy, ModelKind.CLASSIFIER);
    }

    /**
     * Whether resuming can go on: a run of a resumable kind stopped or interrupted with a checkpoint (at least one
     * epoch, or a step inside the first) and epochs left. A GAN run keeps no optimiser state, so it cannot go on where
     * it stopped.
     */
    public boolean canResume() {
        if (!kind.resumable() || !status.resumable()) {
            return false;
        }
        // An agent's row counts episodes, not epochs: it goes on while its learner is saved and its budget not spent
        // (a run that spent it is completed, not stopped).
        return kind == ModelKind.AGENT ? savedInsideEpoch
                : (epochsDone > 0 || savedInsideEpoch) && epochsDone < config.epochs();
    }

    /** The same run with a checkpoint inside the epoch after its last finished one. */
    public TrainingRun withSavedInsideEpoch() {
        return new TrainingRun(id, name, architectureName, status, message, createdAt, updatedAt, durationMillis,
                epochsDone, config, bestEpoch, bestValidationLoss, bestValidationAccuracy, kind, true);
    }
}
