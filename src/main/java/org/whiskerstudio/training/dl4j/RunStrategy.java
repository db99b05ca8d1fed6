package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;

/**
 * How {@link Dl4jTrainingService} trains one {@link org.whiskerstudio.architecture.ModelKind}: what it checks before
 * a run is recorded, what it learns from and which loop trains it. The service does the rest (the run's row, its
 * thread, start, pause, stop and its final status) the same for every kind, so a new kind is a new strategy and one
 * entry in {@link RunStrategies}.
 */
interface RunStrategy {
    /** @throws IllegalArgumentException naming why {@code architecture} cannot train on the project as asked */
    void check(Architecture architecture, TrainingRequest request);

    /** Called once the run's row and folder exist, before it starts; a failure removes the run again. */
    default void recorded(TrainingRun run, TrainingRequest request) {
    }

    /**
     * Prepares the data and trains on the calling thread until the run ends.
     *
     * @return how it ended; empty when stopped while the data was being prepared
     */
    Optional<TrainingOutcome> train(RunJob job) throws IOException, InterruptedException;

    /** Warnings about the project's data for this architecture; empty when fine. */
    List<String> warnings(Architecture architecture);

    /** Whether a run of this kind can start from another model's weights ({@link RunStart}). */
    default boolean startsFromModels() {
        return false;
    }

    /** Whether the augmentation settings (flips, rotations, shifts of pictures) apply to this kind on this project. */
    default boolean augments() {
        return false;
    }
}
