package org.whiskerstudio.training;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a run has achieved so far, written to its row after every checkpoint.
 *
 * @param bestEpoch the epoch whose model is {@code best.zip}
 */
public record RunProgress(int epochsDone, long durationMillis, OptionalInt bestEpoch,
                          OptionalDouble bestValidationLoss, OptionalDouble bestValidationAccuracy) {
    public static RunProgress none() {
        return new RunProgress(0, 0, OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }
}
