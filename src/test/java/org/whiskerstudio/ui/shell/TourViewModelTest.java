package org.whiskerstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.PooledTaskExecutor;
import org.whiskerstudio.settings.SettingsStore;

class TourViewModelTest {
    @TempDir
    Path temp;
    private final AtomicInteger remembered = new AtomicInteger();
    private final TourViewModel tour = new TourViewModel(remembered::incrementAndGet);

    @Test
    void tourHasOneShortStepPerPipelineStageInOrder() {
        assertEquals(Arrays.asList(PipelineStage.values()), tour.steps().stream().map(TourViewModel.Step::stage).toList());
        tour.steps().forEach(s -> assertTrue(s.text().length() < 200, "short: " + s.text()));
        assertTrue(tour.current().isEmpty(), "not running until started");
    }

    @Test
    void nextWalksEveryStepAndFinishingIsRemembered() {
        tour.start();
        for (PipelineStage stage : PipelineStage.values()) {
            assertEquals(stage, tour.current().orElseThrow().stage());
            assertEquals(stage == PipelineStage.DEPLOY, tour.isLast());
            tour.next();
        }
        assertFalse(tour.activeProperty().get());
        assertEquals(1, remembered.get());
    }

    @Test
    void skipClosesTheTourAtAnyStepAndIsRemembered() {
        tour.start();
        tour.next();
        tour.skip();
        assertFalse(tour.activeProperty().get());
        assertTrue(tour.current().isEmpty());
        assertEquals(1, remembered.get());
        tour.skip();
        assertEquals(1, remembered.get(), "skipping a closed tour does nothing");
    }

    @Test
    void backStopsAtTheFirstStepAndStartBeginsAgain() {
        tour.start();
        tour.back();
        assertEquals(0, tour.indexProperty().get());
        tour.next();
        tour.next();
        tour.back();
        assertEquals(1, tour.indexProperty().get());
        tour.start();
        assertEquals(0, tour.indexProperty().get());
    }

    @Test
    void theShellOffersTheTourAtStartOnlyUntilItIsSkipped() {
        Path config = temp.resolve("config");
        try (PooledTaskExecutor executor = new PooledTaskExecutor(1, Runnable::run)) {
            ShellViewModel first = new ShellViewModel(executor, new SettingsStore(config), temp.resolve("projects"));
            assertTrue(first.offerTourAtStart(), "a first start offers the tour");
            first.tour().start();
            first.tour().skip();
            assertFalse(first.offerTourAtStart());

            ShellViewModel next = new ShellViewModel(executor, new SettingsStore(config), temp.resolve("projects"));
            assertFalse(next.offerTourAtStart(), "skipping is remembered across starts");
            assertTrue(new SettingsStore(config).load().tourDone());
            next.tour().start();
            assertTrue(next.tour().activeProperty().get(), "Help > Take the tour still shows it on request");
        }
    }
}
