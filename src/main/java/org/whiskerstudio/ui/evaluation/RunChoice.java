package org.whiskerstudio.ui.evaluation;

import java.util.Locale;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingRun;

/** A run that has a model to evaluate, as the run pickers list it, with the kind of model it trained. */
public record RunChoice(long id, String name, String label, ModelKind kind) {
    /** Completed, stopped or early-stopped runs with at least one finished epoch. */
    static boolean evaluable(TrainingRun run) {
        return run.epochsDone() > 0 && (run.status() == RunStatus.COMPLETED || run.status() == RunStatus.STOPPED
                || run.status() == RunStatus.EARLY_STOPPED);
    }

    static RunChoice of(TrainingRun run) {
        return new RunChoice(run.id(), run.name(), run.name() + " (" + run.status().label().toLowerCase(Locale.ROOT)
                + ", " + run.epochsDone() + (run.epochsDone() == 1 ? " epoch" : " epochs") + ")", run.kind());
    }

    /** An autoencoder's run: evaluated by its anomaly scores rather than by classes. */
    public boolean scoresAnomalies() {
        return kind == ModelKind.AUTOENCODER;
    }

    @Override
    public String toString() {
        return label;
    }
}
