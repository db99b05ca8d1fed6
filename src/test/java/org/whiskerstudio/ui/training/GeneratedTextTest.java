package org.whiskerstudio.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TextSample;
import org.whiskerstudio.ui.common.Notifier;

/** The live text of a character model on the Train screen, driven by a scripted service without a toolkit. */
class GeneratedTextTest {
    private final ScriptedTrainingService service = new ScriptedTrainingService();
    private final ManualScheduler ui = new ManualScheduler();
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private TrainingViewModel model;

    @BeforeEach
    void open() {
        model = new TrainingViewModel(TaskExecutor.direct(), Notifier.SILENT, ui, clock::get);
        model.projectOpened(Optional.of(new TrainingViewModelTest.FakeProject(Optional.of(service))));
    }

    private void tick() {
        clock.addAndGet(TrainingViewModel.UI_INTERVAL_MILLIS);
        ui.runAll();
    }

    @Test
    void theLatestSampleShowsWithItsStepAndTheEarlierOnesAreKeptNewestFirst() {
        model.start();
        ScriptedTrainingService.Live live = service.live;
        live.begin(100).steps(20).text("The xq zzk").steps(20).text("The whle sea");
        tick();

        TextSample latest = model.generatedText().latestProperty().get().orElseThrow();
        assertEquals("The whle sea", latest.text());
        assertEquals(40, latest.iteration());
        assertEquals("Step 40 · epoch 1 · temperature 0.8", LiveText.caption(latest));
        assertEquals(List.of("The xq zzk"), model.generatedText().earlier().stream().map(TextSample::text).toList());

        for (int i = 0; i < 10; i++) {
            live.steps(20).text("sample " + i);
        }
        tick();
        assertEquals("sample 9", model.generatedText().latestProperty().get().orElseThrow().text());
        assertEquals(List.of("sample 8", "sample 7", "sample 6", "sample 5"),
                model.generatedText().earlier().stream().map(TextSample::text).toList(), "only the last few are kept");
    }

    @Test
    void samplesBetweenTwoUiUpdatesArriveInOneUpdate() {
        model.start();
        ScriptedTrainingService.Live live = service.live;
        live.begin(100);
        tick();
        int before = ui.delays.size();
        live.steps(5).text("a").steps(5).text("b");

        assertEquals(before + 1, ui.delays.size(), "one drain for the burst");
        tick();
        assertEquals("b", model.generatedText().latestProperty().get().orElseThrow().text());
    }

    @Test
    void aNewRunStartsWithNoText() {
        model.start();
        service.live.begin(10).steps(10).text("old text");
        tick();
        service.live.end(RunStatus.COMPLETED, "");
        tick();
        model.start();
        tick();

        assertTrue(model.generatedText().latestProperty().get().isEmpty());
        assertTrue(model.generatedText().earlier().isEmpty());
    }
}
