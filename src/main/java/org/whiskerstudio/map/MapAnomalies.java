package org.whiskerstudio.map;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.evaluation.AnomalyEvaluation;
import org.whiskerstudio.evaluation.RunThreshold;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.AnomalyThreshold;
import org.whiskerstudio.training.RunStore;

/**
 * Scores every example of a project by an autoencoder run, for the map's colours: from the cache when the project's
 * examples are the ones they were scored for ({@link MapCache}, as the map's coordinates), else by the engine handed in
 * ({@code map.dl4j}), then cached. The threshold is not cached: it is the run's now (moved by a person, else the
 * default over the cached scores of its normal validation examples), since relabelling or moving it changes it.
 */
public final class MapAnomalies {
    private final LongFunction<Embedder> scorers;

    /** @param scorers the engine giving a run's score of each example as a one-number row, by run id */
    public MapAnomalies(LongFunction<Embedder> scorers) {
        this.scorers = scorers;
    }

    /** The scores with the run's threshold, or empty when cancelled. */
    public Optional<RunScores> score(ProjectStore store, long runId, Progress progress, Cancellation cancellation)
            throws IOException {
        List<ImageAsset> examples = store.images(ImageQuery.ALL);
        String fingerprint = MapCache.fingerprint(examples);
        MapCache cache = new MapCache(store.layout());
        Optional<ExampleScores> scores = cache.readScores(runId, fingerprint);
        if (scores.isEmpty()) {
            Optional<Embeddings> rows = scorers.apply(runId).embed(store, examples, progress, cancellation);
            if (rows.isEmpty() || cancellation.isCancelled()) {
                return Optional.empty();
            }
            scores = Optional.of(ExampleScores.of(rows.get()));
            cache.writeScores(runId, scores.get(), fingerprint);
        }
        progress.update(0, -1, "Reading the run's threshold...");
        return Optional.of(new RunScores(runId, scores.get(), threshold(store, runId, scores.get())));
    }

    /** The run's threshold now, its default computed from {@code scores} (no model needed). */
    static AnomalyThreshold threshold(ProjectStore store, long runId, ExampleScores scores) throws IOException {
        Map<Long, Float> byId = scores.byId();
        return RunThreshold.of(store, new RunStore(store).open(runId), (data, part) -> Optional.of(data.part(part)
                .stream().filter(e -> byId.containsKey(e.imageId()))
                .map(e -> new AnomalyEvaluation.Scored(e.imageId(), data.className(e), byId.get(e.imageId())))
                .toList()));
    }
}
