package org.whiskerstudio.map.dl4j;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.evaluation.dl4j.AnomalyScorer;
import org.whiskerstudio.evaluation.dl4j.CachedScoring;
import org.whiskerstudio.evaluation.dl4j.RunCodes;
import org.whiskerstudio.map.EmbeddingLayer;
import org.whiskerstudio.map.Embedder;
import org.whiskerstudio.map.Embeddings;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * A run's embeddings: its model's activations at the layer {@link EmbeddingLayer} names for its kind, for every
 * example of the kind it reads, in batches from the tensor cache exactly as scoring reads them
 * ({@link CachedScoring}); and an autoencoder run's anomaly scores the same way, each one a row of one number
 * ({@link #anomalyScores}).
 */
public final class RunActivations implements Embedder {
    private final long runId;

    public RunActivations(long runId) {
        this.runId = runId;
    }

    @Override
    public Optional<Embeddings> embed(ProjectStore store, List<ImageAsset> examples, Progress progress,
                                      Cancellation cancellation) throws IOException {
        OpenedRun run = new RunStore(store).open(runId);
        String layer = EmbeddingLayer.of(run.run().kind(), run.architecture().network())
                .orElseThrow(() -> new IOException("Run " + runId + " (" + run.run().kind().label()
                        + ") has no layer to map its examples by."));
        progress.update(0, -1, "Loading the model...");
        TrainedModel model = TrainedModel.ofRun(store, run);
        return embed(store, model, layer, examples, progress, cancellation);
    }

    /** An autoencoder run's score of each example (its code distance, as Evaluate scores it): one-number rows. */
    public static Embedder anomalyScores(long runId) {
        return (store, examples, progress, cancellation) -> {
            OpenedRun run = new RunStore(store).open(runId);
            if (run.run().kind() != ModelKind.AUTOENCODER) {
                throw new IOException("Run " + runId + " (" + run.run().kind().label() + ") gives no anomaly scores.");
            }
            progress.update(0, -1, "Loading the model...");
            TrainedModel model = TrainedModel.ofRun(store, run);
            Optional<AnomalyScorer> scorer = RunCodes.scorer(store, run, model, progress, cancellation);
            if (scorer.isEmpty()) {
                return Optional.empty();
            }
            return rows(store, model, "Scoring", scorer.get()::scoreRows, examples, progress, cancellation);
        };
    }

    /** The same with a model restored by the caller (the bench keeps the one it trained). */
    public static Optional<Embeddings> embed(ProjectStore store, TrainedModel model, String layer,
                                             List<ImageAsset> examples, Progress progress, Cancellation cancellation) {
        return rows(store, model, "Embedding", records -> model.activations(records, layer), examples, progress,
                cancellation);
    }

    private static Optional<Embeddings> rows(ProjectStore store, TrainedModel model, String verb,
                                             Function<List<byte[]>, float[][]> forward, List<ImageAsset> examples,
                                             Progress progress, Cancellation cancellation) {
        MediaKind reads = model.preprocessing().encoding().kind();
        List<CachedScoring.Example> read = new ArrayList<>();
        Map<MediaKind, Integer> otherKinds = new TreeMap<>();
        for (ImageAsset image : examples) {
            MediaKind kind = MediaKind.of(image.format());
            if (kind == reads) {
                read.add(new CachedScoring.Example(image.id(), image.sha256(),
                        store.layout().resolveStored(image.storedPath())));
            } else {
                otherKinds.merge(kind, 1, Integer::sum);
            }
        }
        long[] ids = new long[read.size()];
        float[][] vectors = new float[read.size()][];
        Optional<List<String>> notes = CachedScoring.run(model, store, read, verb, progress, cancellation, forward,
                (i, row) -> {
                    ids[i] = read.get(i).imageId();
                    vectors[i] = row;
                });
        if (notes.isEmpty()) {
            return Optional.empty();
        }
        List<String> all = new ArrayList<>();
        otherKinds.forEach((kind, count) -> all.add(CachedScoring.otherKindNote(kind, count, reads)));
        all.addAll(notes.get());
        return Optional.of(compact(ids, vectors, all));
    }

    /** Drops the examples the cache could not read (their rows were never filled). */
    private static Embeddings compact(long[] ids, float[][] vectors, List<String> notes) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < vectors.length; i++) {
            if (vectors[i] != null) {
                kept.add(i);
            }
        }
        return new Embeddings(kept.stream().mapToLong(i -> ids[i]).toArray(),
                kept.stream().map(i -> vectors[i]).toArray(float[][]::new), notes);
    }
}
