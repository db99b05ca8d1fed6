package org.whiskerstudio.ui.evaluation;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.whiskerstudio.common.TaskExecutor;

/**
 * Gallery thumbnails decoded from the stored files at thumbnail size, in the background, kept in a bounded LRU (FX
 * thread only). Works for another project's images too, which have no thumbnails in this project's cache.
 */
final class Thumbnails {
    static final double SIZE = 112;
    private static final int CAPACITY = 600;
    private final TaskExecutor executor;
    private final Map<Path, Image> images = new LinkedHashMap<>(128, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Image> eldest) {
            return size() > CAPACITY;
        }
    };

    Thumbnails(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Calls {@code onReady} on the FX thread; requests whose cell moved on are dropped before decoding. */
    void request(Path file, BooleanSupplier stillWanted, Consumer<Image> onReady) {
        Image cached = images.get(file);
        if (cached != null) {
            onReady.accept(cached);
            return;
        }
        try {
            executor.submit(() -> stillWanted.getAsBoolean()
                    ? new Image(file.toUri().toString(), SIZE, SIZE, true, true) : null, image -> {
                if (image != null && !image.isError()) {
                    images.put(file, image);
                    onReady.accept(image);
                }
            }, e -> { });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // The studio is closing: no thumbnail is needed any more.
        }
    }
}
