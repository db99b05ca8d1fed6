package org.whiskerstudio.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.common.TaskExecutor;

/** The shared thumbnail loader without a toolkit: which requests reach the decoder and what callers hear. */
class ThumbnailLoaderTest {
    private final List<String> decoded = new ArrayList<>();
    private final List<Image> ready = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    @Test
    void aRequestNoLongerWantedIsDroppedBeforeDecoding() {
        ThumbnailLoader<String> loader = new ThumbnailLoader<>(TaskExecutor.direct(), 10, s -> s, s -> {
            decoded.add(s);
            return null;
        });
        loader.request("a.png", () -> false, ready::add, failures::add);
        assertEquals(List.of(), decoded);
        assertEquals(List.of(), ready);
        assertEquals(List.of(), failures);
    }

    @Test
    void aDecodingErrorIsReportedWithItsReason() {
        ThumbnailLoader<String> loader = new ThumbnailLoader<>(TaskExecutor.direct(), 10, s -> s, s -> {
            throw new IOException("cannot read " + s);
        });
        loader.request("a.png", () -> true, ready::add, failures::add);
        assertEquals(List.of("cannot read a.png"), failures);
        assertEquals(List.of(), ready);
    }

    @Test
    void aMissingFileIsReportedOnTheCellWithoutReachingTheExecutorsErrorLog() {
        List<Throwable> executorFailures = new ArrayList<>();
        TaskExecutor recording = new TaskExecutor() {
            @Override
            public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess,
                                   Consumer<? super Throwable> onFailure) {
                TaskExecutor.direct().submit(work, onSuccess, e -> {
                    executorFailures.add(e);
                    onFailure.accept(e);
                });
            }

            @Override
            public void onUiThread(Runnable action) {
                action.run();
            }

            @Override
            public void close() {
            }
        };
        new ThumbnailLoader<String>(recording, 10, s -> s, s -> {
            throw new NoSuchFileException(s);
        }).request("gone.png", () -> true, ready::add, failures::add);
        assertEquals(List.of("file not found"), failures);
        assertEquals(List.of(), executorFailures);
    }

    @Test
    void aRequestWhileTheExecutorIsClosingIsIgnored() {
        TaskExecutor closed = new TaskExecutor() {
            @Override
            public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess,
                                   Consumer<? super Throwable> onFailure) {
                throw new RejectedExecutionException("closed");
            }

            @Override
            public void onUiThread(Runnable action) {
                action.run();
            }

            @Override
            public void close() {
            }
        };
        new ThumbnailLoader<String>(closed, 10, s -> s, s -> null).request("a.png", () -> true, ready::add,
                failures::add);
        assertEquals(List.of(), ready);
        assertEquals(List.of(), failures);
    }
}
