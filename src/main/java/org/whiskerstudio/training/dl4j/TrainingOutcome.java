package org.whiskerstudio.training.dl4j;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.whiskerstudio.training.CheckpointState;
import org.whiskerstudio.training.RunProgress;
import org.whiskerstudio.training.RunStatus;

/** How a run's session ended: its final status, the sentence explaining it, and what the run achieved. */
public record TrainingOutcome(RunStatus status, String message, RunProgress progress) {
    /** The row's view of a checkpoint; the best loss is a validation loss only when there is a validation part. */
    static RunProgress progress(CheckpointState state, boolean validation, long elapsedMillis) {
        boolean best = state.hasBest();
        return new RunProgress(state.epoch(), elapsedMillis,
                best ? OptionalInt.of(state.bestEpoch()) : OptionalInt.empty(),
                best && validation ? OptionalDouble.of(state.bestLoss()) : OptionalDouble.empty(),
                best && validation ? OptionalDouble.of(state.bestValidationAccuracy()) : OptionalDouble.empty());
    }
}
