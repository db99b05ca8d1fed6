package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.dl4j.TrainingTensors;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingRun;

/**
 * A run's best model scored on the project's test part, which no run trains or tunes on. A first step of the
 * evaluation screen; used by {@code whisker bench fashion} to print test accuracy.
 */
public final class RunTesting {
    private RunTesting() {
    }

    /** Accuracy and mean loss over {@code examples} test images. */
    public record TestScore(double accuracy, double loss, long examples) {
    }

    private static Optional<java.util.List<String>> recordedClasses(RunStore runs, long runId) {
        try {
            return runs.folder(runId).readClasses();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** Empty when the project has no test part, or its classes changed since the run; the best model by validation loss, else the last checkpoint. */
    public static Optional<TestScore> bestOnTest(ProjectStore store, long runId) {
        RunStore runs = new RunStore(store);
        TrainingRun run = runs.get(runId).orElseThrow(() -> new IllegalArgumentException("There is no run " + runId + "."));
        Architecture architecture = runs.architecture(runId)
                .orElseThrow(() -> new IllegalStateException("Run " + runId + " has no architecture snapshot."));
        ProjectDataSource source = new ProjectDataSource(store);
        Optional<Preprocessing> recorded;
        try {
            recorded = runs.folder(runId).readPreprocessing();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        // The run's recorded input, so data of another kind imported since does not change what it is scored on.
        TrainingTensors data = recorded.isPresent()
                ? source.prepare(architecture, run.config(), recorded.get(), Progress.NONE, new Cancellation())
                : source.prepare(architecture, run.config(), Progress.NONE, new Cancellation());
        Optional<DataSetIterator> test = data.test();
        // Labels are one-hot over the project's classes now; once a class was added or removed since the run they
        // no longer line up with the model's outputs, and the score would be meaningless (the evaluator maps them).
        if (test.isEmpty() || !data.classes().equals(recordedClasses(runs, runId).orElse(data.classes()))) {
            return Optional.empty();
        }
        try {
            Network net = Network.restore(architecture.network(), TrainedModel.modelFile(runs.folder(runId)));
            EpochScore score = EpochScore.of(net, test.get());
            return Optional.of(new TestScore(score.accuracy(), score.loss(), score.examples()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the model of run " + runId + ": " + e.getMessage(), e);
        }
    }
}
