package org.whiskerstudio.ui.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.evaluation.AnomalyEvaluation;
import org.whiskerstudio.evaluation.AnomalyService;
import org.whiskerstudio.evaluation.CurrentLabels;
import org.whiskerstudio.evaluation.SavedEvaluations;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.AnomalyThreshold;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunStore;

/**
 * An autoencoder run's anomaly scores as read or made in the background, with the threshold a person moved (kept in
 * the run's folder) and the example files for thumbnails.
 */
record AnomalyLoaded(Optional<AnomalyEvaluation> evaluation, Optional<AnomalyThreshold> moved,
                     Map<Long, Path> files) {
    /** The run's saved scores with the classes the examples carry now; empty when it was never scored here. */
    static AnomalyLoaded saved(ProjectStore store, long runId) throws IOException {
        RunFolder folder = new RunStore(store).folder(runId);
        Optional<AnomalyEvaluation> saved = SavedEvaluations.readAnomalies(folder)
                .map(e -> e.withLabels(CurrentLabels.of(store)));
        return new AnomalyLoaded(saved, folder.readAnomalyThreshold(),
                saved.isEmpty() ? Map.of() : Loaded.files(store));
    }

    /** Scores the run with {@code engine} and saves the scores; empty when cancelled or the project is closing. */
    static Optional<AnomalyLoaded> score(ProjectSession working, AnomalyService engine, long runId, Progress progress,
                                         Cancellation cancellation) throws IOException {
        // Holds the project open: closing it waits for the scoring to end.
        if (!working.beginWork()) {
            return Optional.empty();
        }
        try {
            ProjectStore store = working.store();
            Optional<AnomalyEvaluation> scored = engine.score(store, runId, progress, cancellation);
            if (scored.isEmpty()) {
                return Optional.empty();
            }
            RunFolder folder = new RunStore(store).folder(runId);
            SavedEvaluations.writeAnomalies(folder, scored.get());
            return Optional.of(new AnomalyLoaded(scored, folder.readAnomalyThreshold(), Loaded.files(store)));
        } finally {
            working.endWork();
        }
    }
}
