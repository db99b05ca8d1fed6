package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.dl4j.TrainingData;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.RunStore;

/**
 * A run's best model scored on the project's test part, which no run trains or tunes on; used by
 * {@code whisker bench fashion} to print test accuracy and loss as training measures them. (Model bundles take
 * their test metrics from the run's evaluation instead, so the test part is scored once.)
 */
public final class RunTesting {
    private RunTesting() {
    }

    /** Accuracy and mean loss over {@code examples} test images. */
    public record TestScore(double accuracy, double loss, long examples) {
    }

    /** The same as {@link #bestOnTest(ProjectStore, OpenedRun, TrainedModel)}, opening the run and its model here. */
    public static Optional<TestScore> bestOnTest(ProjectStore store, long runId) {
        try {
            OpenedRun run = new RunStore(store).open(runId);
            return bestOnTest(store, run, TrainedModel.ofRun(store, run));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the model of run " + runId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Empty when the project has no test part, or its classes changed since the run; {@code model} is the run's
     * ({@link TrainedModel#ofRun}), scored on the data prepared with its own input.
     */
    public static Optional<TestScore> bestOnTest(ProjectStore store, OpenedRun run, TrainedModel model) {
        // The model's input (the run's recorded one), so data of another kind imported since does not change what
        // it is scored on.
        TrainingData data = new ProjectDataSource(store).prepare(run.architecture(), run.config(), model.preprocessing(),
                Progress.NONE, new Cancellation());
        Optional<DataSetIterator> test = data.test();
        // Labels are one-hot over the project's classes now; once a class was added or removed since the run they
        // no longer line up with the model's outputs, and the score would be meaningless (the evaluator maps them).
        List<String> trained = model.classes();
        if (test.isEmpty() || !data.classes().equals(trained)) {
            return Optional.empty();
        }
        EpochScore score = EpochScore.of(model.network(), test.get());
        return Optional.of(new TestScore(score.accuracy(), score.loss(), score.examples()));
    }
}
