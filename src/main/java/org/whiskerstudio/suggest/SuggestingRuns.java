package org.whiskerstudio.suggest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.ProjectMedia;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingRun;

/**
 * The runs that can suggest labels for a project: classifier runs with a saved model (at least one finished epoch,
 * not running now) whose model reads the project's kind of example. A run from before the input was recorded read
 * what the project holds, as training then did.
 */
public final class SuggestingRuns {
    private SuggestingRuns() {
    }

    /** Newest first, as the run history lists them. */
    public static List<TrainingRun> of(ProjectStore store) {
        return ofKind(store, ModelKind.CLASSIFIER);
    }

    /** The same for runs of another kind (the map scores examples by autoencoder runs), newest first. */
    public static List<TrainingRun> ofKind(ProjectStore store, ModelKind kind) {
        RunStore runs = new RunStore(store);
        MediaKind projectKind = ProjectMedia.kind(store);
        List<TrainingRun> out = new ArrayList<>();
        for (TrainingRun run : runs.list()) {
            if (run.kind() == kind && run.epochsDone() > 0 && !run.status().isActive()
                    && reads(runs, run).orElse(projectKind) == projectKind) {
                out.add(run);
            }
        }
        return out;
    }

    /** The kind the run's recorded input reads; empty when it recorded none (or the record cannot be read). */
    private static Optional<MediaKind> reads(RunStore runs, TrainingRun run) {
        try {
            return runs.folder(run.id()).readPreprocessing().map(Preprocessing::encoding).map(e -> e.kind());
        } catch (IOException e) {
            return Optional.empty(); // suggesting with it will say what is wrong with the run
        }
    }
}
