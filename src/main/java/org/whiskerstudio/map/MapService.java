package org.whiskerstudio.map;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;

/**
 * Makes a project's map for a source: from the cache when the project's examples are the ones it was computed for,
 * else embeddings, PCA ({@link Reduction}) and UMAP ({@link UmapLayout}), then cached. Runs on the caller's thread;
 * a run's embeddings come from the engine handed in ({@code map.dl4j}), so this package never loads ND4J.
 */
public final class MapService {
    private final Embedder descriptor;
    private final LongFunction<Embedder> runs;

    /** @param runs the embedder of a run's activations, by run id */
    public MapService(LongFunction<Embedder> runs) {
        this(new DescriptorEmbedder(), runs);
    }

    MapService(Embedder descriptor, LongFunction<Embedder> runs) {
        this.descriptor = descriptor;
        this.runs = runs;
    }

    /** The map, or empty when cancelled. */
    public Optional<ProjectMap> map(ProjectStore store, EmbeddingSource source, Progress progress,
                                    Cancellation cancellation) throws IOException {
        List<ImageAsset> examples = store.images(ImageQuery.ALL);
        String fingerprint = MapCache.fingerprint(examples);
        MapCache cache = new MapCache(store.layout());
        Optional<ProjectMap> cached = cache.read(source.key(), fingerprint);
        if (cached.isPresent()) {
            return cached;
        }
        Embedder embedder = source instanceof EmbeddingSource.Run run ? runs.apply(run.runId()) : descriptor;
        Optional<Embeddings> embedded = embedder.embed(store, examples, progress, cancellation);
        if (embedded.isEmpty() || cancellation.isCancelled()) {
            return Optional.empty();
        }
        ProjectMap map = layout(source.key(), embedded.get(), progress);
        if (cancellation.isCancelled()) {
            return Optional.empty();
        }
        cache.write(map, fingerprint);
        return Optional.of(map);
    }

    /** PCA, then UMAP: the map of embeddings already computed (the bench times this part on its own). */
    public static ProjectMap layout(String sourceKey, Embeddings embeddings, Progress progress) {
        progress.update(0, -1, "Reducing " + embeddings.size() + " embeddings...");
        float[][] reduced = Reduction.pca(embeddings.vectors(), Reduction.DIMENSIONS);
        progress.update(0, -1, "Laying out " + embeddings.size() + " points (UMAP)...");
        float[][] xy = UmapLayout.layout(reduced);
        float[] xs = new float[xy.length];
        float[] ys = new float[xy.length];
        for (int i = 0; i < xy.length; i++) {
            xs[i] = xy[i][0];
            ys[i] = xy[i][1];
        }
        return new ProjectMap(sourceKey, embeddings.imageIds(), xs, ys, reduced, new ArrayList<>(embeddings.notes()));
    }
}
