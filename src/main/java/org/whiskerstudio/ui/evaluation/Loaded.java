package org.whiskerstudio.ui.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.evaluation.CurrentLabels;
import org.whiskerstudio.evaluation.Evaluation;
import org.whiskerstudio.evaluation.EvaluationData;
import org.whiskerstudio.evaluation.EvaluationService;
import org.whiskerstudio.evaluation.LabelledFolders;
import org.whiskerstudio.evaluation.SavedEvaluations;
import org.whiskerstudio.evaluation.SuggestedLabels;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ThumbnailCache;
import org.whiskerstudio.training.RunStore;

/**
 * An evaluation as read or made in the background, with the image files for thumbnails, a note for the status
 * line, and how many of its test labels were accepted suggestions (read in the background too).
 */
record Loaded(Optional<Evaluation> evaluation, Map<Long, Path> files, String note, SuggestedLabels suggested) {
    Loaded(Optional<Evaluation> evaluation, Map<Long, Path> files, String note) {
        this(evaluation, files, note, SuggestedLabels.none());
    }

    /** A run's saved test-part evaluation, brought up to date with the current labels (and saved so). */
    static Loaded test(ProjectStore store, long runId) throws IOException {
        Optional<Evaluation> saved = SavedEvaluations.readTest(new RunStore(store).folder(runId));
        if (saved.isEmpty()) {
            return new Loaded(Optional.empty(), Map.of(), "Not evaluated yet: press Evaluate.");
        }
        Evaluation.Reconciled r = saved.get().withLabels(CurrentLabels.of(store));
        String note = "";
        if (r.relabelled() + r.dropped() > 0) {
            SavedEvaluations.writeTest(new RunStore(store).folder(runId), r.evaluation());
            note = "Labels changed since this evaluation: " + r.relabelled() + " relabelled, " + r.dropped()
                    + " left out. Evaluate again to include new examples.";
        }
        return new Loaded(Optional.of(r.evaluation()), files(store), note, SuggestedLabels.of(store, r.evaluation()));
    }

    /** Runs {@code engine} over {@code data} on a worker thread; empty when cancelled or the project is closing. */
    static Loaded evaluate(ProjectSession working, EvaluationService engine, long runId, EvaluationData data,
                           Progress progress, Cancellation cancellation) throws IOException {
        // Holds the project open: closing it waits for the evaluation to end.
        if (!working.beginWork()) {
            return new Loaded(Optional.empty(), Map.of(), "");
        }
        try {
            ProjectStore store = working.store();
            // A plain labelled folder is evaluated through a project made from it in this project's cache.
            EvaluationData resolved = data instanceof EvaluationData.OtherProject o
                    ? new EvaluationData.OtherProject(LabelledFolders.asProject(store, o.folder(), progress, cancellation))
                    : data;
            Optional<Evaluation> e = engine.evaluate(store, runId, resolved, progress, cancellation);
            Map<Long, Path> files = e.isEmpty() ? Map.of() : resolved instanceof EvaluationData.OtherProject o
                    ? filesOf(o.folder()) : files(store);
            return new Loaded(e, files, "", e.map(done -> SuggestedLabels.of(store, done)).orElse(SuggestedLabels.none()));
        } finally {
            working.endWork();
        }
    }

    /** Stored image files by image id, for thumbnails. */
    static Map<Long, Path> files(ProjectStore store) {
        Map<Long, Path> out = new HashMap<>();
        var pictures = new ThumbnailCache(store.layout());
        for (ImageAsset a : store.images(ImageQuery.ALL)) {
            pictures.pictureOf(a).ifPresent(file -> out.put(a.id(), file));
        }
        return out;
    }

    static Map<Long, Path> filesOf(Path project) {
        try (ProjectStore other = ProjectStore.openReadOnly(project)) {
            return files(other);
        }
    }
}
