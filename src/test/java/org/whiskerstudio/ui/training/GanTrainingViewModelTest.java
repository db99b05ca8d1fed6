package org.whiskerstudio.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.training.GanSamples;
import org.whiskerstudio.training.GanSettings;
import org.whiskerstudio.training.GanStep;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.NormalClass;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.ui.common.Notifier;

/** The Train screen with a GAN architecture: its settings, its live view, its rows in the history. */
class GanTrainingViewModelTest {
    private final ScriptedTrainingService service = new ScriptedTrainingService();
    private final ManualScheduler ui = new ManualScheduler();
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final TrainingViewModelTest.FakeProject project = new TrainingViewModelTest.FakeProject(Optional.of(service));
    private TrainingViewModel model;

    @BeforeEach
    void open() {
        service.ganArchitectures = Set.of("DCGAN");
        service.classes = List.of("Sandal", "Sneaker");
        project.names = List.of("LeNet", "DCGAN");
        model = new TrainingViewModel(TaskExecutor.direct(), Notifier.SILENT, ui, clock::get);
        model.projectOpened(Optional.of(project));
    }

    private void tick() {
        clock.addAndGet(TrainingViewModel.UI_INTERVAL_MILLIS);
        ui.runAll();
    }

    private static GanSamples grid(long step, int value) {
        byte[] px = new byte[4];
        Arrays.fill(px, (byte) value);
        return new GanSamples(step, 2, 2, 1, List.of(px, px.clone()));
    }

    @Test
    void augmentationIsOfferedForTheClassifierAndNotForTheGan() {
        model.architectureProperty().set("LeNet");
        assertTrue(model.augmentsProperty().get());

        model.architectureProperty().set("DCGAN");
        assertFalse(model.augmentsProperty().get());
    }

    @Test
    void choosingAnAutoencoderAsksForItsNormalClassAndStartSendsIt() {
        service.autoencoders = Set.of("Conv autoencoder");
        project.names = List.of("LeNet", "DCGAN", "Conv autoencoder");
        model.projectOpened(Optional.of(project));
        model.architectureProperty().set("Conv autoencoder");

        assertTrue(model.ganForm().autoencoderProperty().get());
        assertFalse(model.ganForm().ganProperty().get());
        model.ganForm().learnedClassProperty().set("Sandal");
        model.start();

        assertEquals(new NormalClass("Sandal"), service.requests.get(0).normal());
        model.architectureProperty().set("LeNet");
        assertFalse(model.ganForm().autoencoderProperty().get());
    }

    @Test
    void choosingADetectorShowsItsLetterboxAndLeavingItGivesTheChosenResizeBack() {
        service.detectors = Set.of("YOLO small");
        project.names = List.of("LeNet", "YOLO small");
        model.projectOpened(Optional.of(project));
        model.architectureProperty().set("LeNet");
        model.form().resize().set(ResizeMode.CENTER_CROP);

        model.architectureProperty().set("YOLO small");
        assertTrue(model.ganForm().detectorProperty().get());
        assertEquals(ResizeMode.LETTERBOX, model.form().resize().get(), "a detector always letterboxes");
        assertEquals("100", model.form().epochs().get(), "many short epochs");
        assertEquals("0", model.form().patience().get(), "no early stop while the no-object loss settles");
        assertTrue(model.form().flip().get(), "boxes move with a flip: the bench's detector overfits without it");
        assertEquals("10", model.form().shiftPercent().get());
        assertEquals(org.whiskerstudio.training.Schedule.COSINE, model.form().schedule().get());

        model.architectureProperty().set("LeNet");
        assertFalse(model.ganForm().detectorProperty().get());
        assertEquals(ResizeMode.CENTER_CROP, model.form().resize().get());
        assertEquals("5", model.form().epochs().get());
        assertEquals("3", model.form().patience().get());
        assertFalse(model.form().flip().get(), "a classifier's untouched settings come back");
        assertEquals("0", model.form().shiftPercent().get());
        assertEquals(org.whiskerstudio.training.Schedule.CONSTANT, model.form().schedule().get());

        model.form().epochs().set("12");
        model.architectureProperty().set("YOLO small");
        assertEquals("12", model.form().epochs().get(), "a chosen number of epochs stays");
    }

    @Test
    void choosingAGanShowsItsSettingsAndStartSendsThem() {
        assertFalse(model.ganForm().ganProperty().get());
        model.architectureProperty().set("DCGAN");

        assertTrue(model.ganForm().ganProperty().get());
        assertEquals(List.of(GanForm.ALL_IMAGES, "Sandal", "Sneaker"), model.ganForm().classes());
        assertEquals("0.0002", model.form().learningRate().get(), "DCGAN's usual rate replaces Adam's default");
        model.ganForm().learnedClassProperty().set("Sneaker");
        model.ganForm().sampleEveryProperty().set("150");
        model.start();

        assertEquals(new GanSettings("Sneaker", 150, GanSettings.DEFAULT_SAMPLES), service.requests.get(0).gan());
        assertEquals(2e-4, service.requests.get(0).config().learningRate(), 1e-12);
    }

    @Test
    void aBadSampleRhythmBlocksStartAndSaysWhy() {
        model.architectureProperty().set("DCGAN");
        model.ganForm().sampleEveryProperty().set("often");

        assertFalse(model.canStartProperty().get());
        assertEquals(List.of("Samples every must be a whole number of steps (is \"often\")."), model.problems());
        model.architectureProperty().set("LeNet");
        assertTrue(model.canStartProperty().get(), "a classifier does not use the GAN settings");
        assertEquals("0.001", model.form().learningRate().get(), "back to Adam's rate");
    }

    @Test
    void thousandsOfGanStepsBetweenTicksMakeOneBoundedUpdateWithTheNewestSamples() {
        model.architectureProperty().set("DCGAN");
        model.start();
        ScriptedTrainingService.Live live = service.live;
        live.begin(100);
        TrainingListener engine = live.listener();
        for (int i = 1; i <= 5000; i++) {
            // As the engine's GAN run does: each step also as an iteration, which drives progress and the time left.
            GanStep step = new GanStep(1 + (i - 1) / 100, i, 0.6 + i * 1e-5, 0.9 - i * 1e-5);
            engine.onIteration(new IterationMetric(step.epoch(), i, step.discriminatorLoss(), 1000));
            engine.onStep(step);
        }
        engine.onSamples(grid(4800, 10));
        engine.onSamples(grid(5000, 200));
        engine.onWarning("The samples all look alike.");
        engine.onWarning("The samples all look alike.");
        assertEquals(1, ui.pending(), "one drain scheduled for the whole burst");
        tick();

        GanLive gan = model.gan();
        assertTrue(gan.discriminatorLoss().size() <= MetricsInbox.MAX_LOSS_POINTS);
        assertTrue(gan.discriminatorLoss().size() > 100);
        assertEquals(5000, gan.generatorLoss().get(gan.generatorLoss().size() - 1).x(), 1e-9, "the last step is drawn");
        assertEquals(5000, gan.samplesProperty().get().orElseThrow().iteration(), "the newest grid wins");
        assertEquals("Step 5,000 · epoch 50 · D loss 0.650 · G loss 0.850", gan.stepTextProperty().get());
        assertEquals(List.of("The samples all look alike."), gan.warnings());
        assertEquals(5000, model.progressProperty().get().iteration(), "steps drive the progress");

        live.end(RunStatus.COMPLETED, "Trained 5 epochs.");
        tick();
        model.architectureProperty().set("LeNet");
        model.start();
        assertEquals(List.of(), model.gan().warnings(), "a new run starts clean");
        assertTrue(model.gan().samplesProperty().get().isEmpty());
    }

    @Test
    void aGanRowShowsStepsAndLastLossesInsteadOfAccuracy() {
        TrainingRun gan = new TrainingRun(9, "DCGAN #1", "DCGAN", RunStatus.STOPPED, "", Instant.EPOCH, Instant.EPOCH,
                75_000, 1, TrainingConfig.defaults(), OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                ModelKind.GAN);
        service.history.add(gan);
        service.ganSteps.put(9L, List.of(new GanStep(1, 1, 1.2, 0.7), new GanStep(2, 1200, 0.612, 0.934)));
        model.history().reload();

        assertEquals("GAN · 1,200 steps · D 0.61 G 0.93 · 1:15", model.history().factsOf(model.history().runs().get(0)));
        assertFalse(gan.canResume(), "a GAN run is not resumable");
    }
}
