package org.whiskerstudio.ui.library;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.imports.ThumbnailCache;

/**
 * Thumbnail images for the grid: a bounded LRU of decoded images (FX thread only), loaded in the
 * background from the project's disk cache, which is refilled from the stored image when missing.
 */
final class ThumbnailImages {
    private static final int CAPACITY = 800;
    private final TaskExecutor executor;
    private final ThumbnailCache cache;
    private final Map<String, Image> images = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > CAPACITY;
        }
    };

    ThumbnailImages(TaskExecutor executor, ThumbnailCache cache) {
        this.executor = executor;
        this.cache = cache;
    }

    /**
     * Calls {@code onReady} on the FX thread with the thumbnail, at once if cached. Requests whose cell has
     * moved on by the time a worker reaches them are dropped, so a fast scroll never queues up stale work.
     */
    void request(ImageAsset asset, BooleanSupplier stillWanted, Consumer<Image> onReady, Consumer<String> onFailure) {
        Image cached = images.get(asset.sha256());
        if (cached != null) {
            onReady.accept(cached);
            return;
        }
        executor.submit(() -> {
            if (!stillWanted.getAsBoolean()) {
                return null;
            }
            Path file = cache.thumbnailOf(asset);
            // Decoding here (not with background loading) keeps the pool's threads the only ones at work.
            return new Image(file.toUri().toString());
        }, image -> {
            if (image == null) {
                return;
            }
            if (image.isError()) {
                onFailure.accept("cannot show this image");
                return;
            }
            images.put(asset.sha256(), image);
            onReady.accept(image);
        }, e -> onFailure.accept(e.getMessage()));
    }
}
