package org.whiskerstudio.evaluation.dl4j;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.ClassificationData;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.evaluation.AnomalyEvaluation;
import org.whiskerstudio.evaluation.RunThreshold;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.AnomalyThreshold;
import org.whiskerstudio.training.NormalClass;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * An autoencoder run's model over the project's validation part (which sets the threshold) and test part (which it
 * is judged on), each example scored by its code distance to the run's normal training codes ({@link RunCodes},
 * {@link AnomalyScorer}) through {@link CachedScoring}, as training read it.
 */
public final class AnomalyEvaluator {
    private AnomalyEvaluator() {
    }

    /** Empty when cancelled. */
    public static Optional<AnomalyEvaluation> evaluate(ProjectStore store, long runId, Progress progress,
                                                       Cancellation cancellation) throws IOException {
        OpenedRun run = new RunStore(store).open(runId);
        progress.update(0, -1, "Loading the model...");
        TrainedModel model = TrainedModel.ofRun(store, run);
        Optional<AnomalyScorer> scorer = RunCodes.scorer(store, run, model, progress, cancellation);
        if (scorer.isEmpty()) {
            return Optional.empty();
        }
        NormalClass normal = run.folder().readNormalClass().orElse(NormalClass.ALL);
        ClassificationData data = RunThreshold.examples(store, normal);
        List<String> notes = new ArrayList<>();
        Optional<List<AnomalyEvaluation.Scored>> validation = score(store, scorer.get(), data, Subset.VALIDATION,
                progress, cancellation, notes);
        Optional<List<AnomalyEvaluation.Scored>> test = score(store, scorer.get(), data, Subset.TEST, progress,
                cancellation, notes);
        if (validation.isEmpty() || test.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(AnomalyEvaluation.of(run.run().name(), normal.name(), validation.get(), test.get(),
                notes));
    }

    /**
     * The threshold an autoencoder run's verdicts use where it runs (Deploy, bundles): see {@link RunThreshold}; the
     * default's scores are computed now by the model.
     *
     * @throws IOException when the project has no normal example to set it on
     */
    public static AnomalyThreshold threshold(ProjectStore store, OpenedRun run, AnomalyScorer scorer, Progress progress)
            throws IOException {
        List<String> notes = new ArrayList<>();
        Cancellation never = new Cancellation();
        return RunThreshold.of(store, run, (data, part) -> score(store, scorer, data, part, progress, never, notes));
    }

    /** A run's scorer where nothing cancels it (Deploy, bundles): its normal codes read or computed now. */
    public static AnomalyScorer scorer(ProjectStore store, OpenedRun run, TrainedModel model, Progress progress)
            throws IOException {
        return RunCodes.scorer(store, run, model, progress, new Cancellation()).orElseThrow();
    }

    private static Optional<List<AnomalyEvaluation.Scored>> score(ProjectStore store, AnomalyScorer scorer,
                                                                  ClassificationData data, Subset part,
                                                                  Progress progress, Cancellation cancellation,
                                                                  List<String> notes) {
        List<ClassificationData.Example> examples = data.part(part);
        List<AnomalyEvaluation.Scored> scored = new ArrayList<>();
        Optional<List<String>> problems = CachedScoring.run(scorer.model(), store, examples.stream()
                        .map(e -> new CachedScoring.Example(e.imageId(), e.sha256(), e.file())).toList(),
                "Scoring the " + (part == Subset.TEST ? "test" : "validation") + " part:", progress, cancellation,
                scorer::scoreRows,
                (index, answer) -> {
                    ClassificationData.Example e = examples.get(index);
                    scored.add(new AnomalyEvaluation.Scored(e.imageId(), data.className(e), answer[0]));
                });
        problems.ifPresent(notes::addAll);
        return problems.map(p -> scored);
    }
}
