package org.whiskerstudio.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.training.ReconstructionSamples;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.ui.common.Notifier;

/** An image autoencoder's live grid of inputs over reconstructions, driven by a scripted service. */
class ReconstructionGridTest {
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

    /** {@code count} 4x3 grey images, inputs all {@code in}, reconstructions all {@code out}. */
    private static ReconstructionSamples samples(int epoch, int count, int in, int out) {
        byte[] input = new byte[12];
        byte[] output = new byte[12];
        java.util.Arrays.fill(input, (byte) in);
        java.util.Arrays.fill(output, (byte) out);
        return new ReconstructionSamples(epoch, 4, 3, 1, Collections.nCopies(count, input),
                Collections.nCopies(count, output));
    }

    @Test
    void theGridFollowsEachEpochsReconstructionsAndANewRunStartsWithout() {
        model.start();
        ScriptedTrainingService.Live live = service.live;
        live.begin(100).steps(10);
        live.listener().onReconstructions(samples(1, 8, 200, 20));
        tick();
        assertEquals(1, model.reconstructionsProperty().get().orElseThrow().epoch());

        live.steps(10);
        live.listener().onReconstructions(samples(2, 8, 200, 180));
        tick();
        assertEquals(2, model.reconstructionsProperty().get().orElseThrow().epoch(), "refreshed after the epoch");

        live.end(RunStatus.COMPLETED, "");
        tick();
        model.start();
        tick();
        assertTrue(model.reconstructionsProperty().get().isEmpty());
    }

    @Test
    void inputsFillTheTopRowAndTheirReconstructionsTheRowBelow() {
        Image grid = ReconstructionPanel.image(samples(2, 8, 200, 40));

        assertEquals(8 * 5 + 1, (int) grid.getWidth());
        assertEquals(2 * 4 + 1, (int) grid.getHeight());
        int top = grid.getPixelReader().getArgb(1, 1) & 0xFF;
        int below = grid.getPixelReader().getArgb(1, 5) & 0xFF;
        assertEquals(List.of(200, 40), List.of(top, below));
    }
}
