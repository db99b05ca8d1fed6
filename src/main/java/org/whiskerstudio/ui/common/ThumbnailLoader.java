package org.whiskerstudio.ui.common;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;
import javafx.scene.image.Image;
import org.whiskerstudio.common.TaskExecutor;

/**
 * Thumbnails for a grid of images: decoded in the background, kept in a bounded LRU (FX thread only). What a
 * thumbnail is made from ({@code S}: a stored file, an image asset) and how it is decoded is up to the screen.
 */
public final class ThumbnailLoader<S> {
    private static final Logger LOG = Logger.getLogger(ThumbnailLoader.class.getName());
    private final TaskExecutor executor;
    private final Function<S, ?> keyOf;
    private final Decoder<S> decode;
    private final Map<Object, Image> images;

    /** Makes a source's thumbnail image; may fail with a reason (e.g. an unreadable file). */
    @FunctionalInterface
    public interface Decoder<S> {
        Image decode(S source) throws Exception;
    }

    /**
     * @param keyOf  what identifies a source's thumbnail in the cache
     * @param decode runs on a worker thread; decoding there (not with background loading) keeps the pool's threads
     *               the only ones at work
     */
    public ThumbnailLoader(TaskExecutor executor, int capacity, Function<S, ?> keyOf, Decoder<S> decode) {
        this.executor = executor;
        this.keyOf = keyOf;
        this.decode = decode;
        this.images = new LinkedHashMap<>(128, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Image> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Calls {@code onReady} on the FX thread with the thumbnail, at once if cached, or {@code onFailure} with why
     * there is none. Requests whose cell has moved on by the time a worker reaches them are dropped, so a fast
     * scroll never queues up stale work.
     */
    public void request(S source, BooleanSupplier stillWanted, Consumer<Image> onReady, Consumer<String> onFailure) {
        Object key = keyOf.apply(source);
        Image cached = images.get(key);
        if (cached != null) {
            onReady.accept(cached);
            return;
        }
        try {
            executor.submit(() -> stillWanted.getAsBoolean() ? decodeQuietly(source) : Decoded.UNWANTED, decoded -> {
                if (decoded == Decoded.UNWANTED) {
                    return;
                }
                if (decoded.image().isEmpty() || decoded.image().get().isError()) {
                    onFailure.accept(decoded.failure().orElse("cannot show this image"));
                    return;
                }
                images.put(key, decoded.image().get());
                onReady.accept(decoded.image().get());
            }, e -> onFailure.accept(e.getMessage()));
        } catch (RejectedExecutionException closing) {
            // The studio is closing: no thumbnail is needed any more.
        }
    }

    /**
     * A file that cannot be read (moved, deleted, or the project closed under a late request) is an ordinary outcome
     * for a thumbnail, shown on its cell: a debug line, not the executor's warning with a stack trace per cell.
     */
    private Decoded decodeQuietly(S source) throws Exception {
        try {
            return new Decoded(Optional.of(decode.decode(source)), Optional.empty());
        } catch (IOException e) {
            LOG.fine(() -> "No thumbnail for " + source + ": " + e);
            return new Decoded(Optional.empty(), Optional.of(e instanceof NoSuchFileException ? "file not found"
                    : String.valueOf(e.getMessage())));
        }
    }

    /** A decoded thumbnail, or why there is none. */
    private record Decoded(Optional<Image> image, Optional<String> failure) {
        static final Decoded UNWANTED = new Decoded(Optional.empty(), Optional.empty());
    }
}
