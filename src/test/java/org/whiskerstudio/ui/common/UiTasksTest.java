package org.whiskerstudio.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.common.TaskExecutor;

/** Background work of a view model: results, failures in one form through the notifier, and routed notifiers. */
class UiTasksTest {
    private final List<String> errors = new ArrayList<>();
    private final List<String> news = new ArrayList<>();
    private final Notifier notifier = Notifier.of((t, m) -> errors.add(t + ": " + m), (t, m) -> news.add(t + ": " + m));
    private final UiTasks tasks = new UiTasks(TaskExecutor.direct(), notifier);

    @Test
    void aResultGoesToTheSuccessCallbackAndNothingIsTold() {
        List<Integer> results = new ArrayList<>();

        tasks.submit(() -> 42, results::add, "Cannot count");

        assertEquals(List.of(42), results);
        assertTrue(errors.isEmpty());
    }

    @Test
    void aFailureIsToldUnderItsTitleWithTheUnwrappedMessage() {
        tasks.submit(() -> {
            throw new CompletionException(new UncheckedIOException(new NoSuchFileException("/p/runs/3/model.zip")));
        }, x -> { }, "Cannot load the model");

        assertEquals(List.of("Cannot load the model: /p/runs/3/model.zip"), errors);
    }

    @Test
    void aHandledFailureIsNotToldTwice() {
        List<String> handled = new ArrayList<>();

        tasks.submit(() -> {
            throw new IllegalStateException("disk full");
        }, x -> { }, f -> handled.add(f.message()));

        assertEquals(List.of("disk full"), handled);
        assertTrue(errors.isEmpty());
    }

    @Test
    void aRelayIsSilentUntilRoutedThenForwardsBothKinds() {
        NotifierRelay relay = new NotifierRelay();
        relay.error("Lost", "before anyone listens");

        relay.routeTo(notifier);
        relay.error("Cannot open the project", "no project.db");
        relay.info("Export finished", "12 images");

        assertEquals(List.of("Cannot open the project: no project.db"), errors);
        assertEquals(List.of("Export finished: 12 images"), news);
    }

    @Test
    void anErrorsOnlyNotifierDropsNews() {
        List<String> only = new ArrayList<>();
        Notifier errorsOnly = Notifier.ofErrors((t, m) -> only.add(t));

        errorsOnly.info("Export finished", "x");
        errorsOnly.error("Export failed", "y");

        assertEquals(List.of("Export failed"), only);
    }

    @Test
    void aFileWrittenIsNewsEndingWithItsFullPathWhereNoWindowOffersToOpenIt() {
        NotifierRelay relay = new NotifierRelay();
        relay.routeTo(notifier);

        relay.fileWritten("Export finished", "Exported m.zip.", java.nio.file.Path.of("out/m.zip"));

        assertEquals(List.of("Export finished: Exported m.zip.\n\n"
                + java.nio.file.Path.of("out/m.zip").toAbsolutePath()), news);
    }
}
