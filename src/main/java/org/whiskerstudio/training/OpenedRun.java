package org.whiskerstudio.training;

import java.util.Optional;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.dataset.Preprocessing;

/**
 * A run opened once for one operation (export, evaluation, prediction): its row, its folder, the architecture it
 * trained and the input it recorded, read together by {@link RunStore#open} and passed down instead of its id.
 *
 * @param recordedPreprocessing empty for runs made before the preprocessing was recorded (and for GAN runs)
 */
public record OpenedRun(TrainingRun run, RunFolder folder, Architecture architecture,
                        Optional<Preprocessing> recordedPreprocessing) {
    public long id() {
        return run.id();
    }

    public String name() {
        return run.name();
    }

    public TrainingConfig config() {
        return run.config();
    }
}
