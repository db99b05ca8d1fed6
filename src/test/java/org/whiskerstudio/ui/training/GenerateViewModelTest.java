package org.whiskerstudio.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.training.GeneratedImages;
import org.whiskerstudio.training.GenerationService;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.ui.common.Notifier;

/** The Generate panel without a toolkit: runs, defaults, make, add, cancel, and the empty state. */
class GenerateViewModelTest {
    private final FakeGeneration service = new FakeGeneration();
    private final List<String> errors = new ArrayList<>();
    private GenerateViewModel model;

    /** A project with GAN runs 4 (learned Sneaker) and 2 (learned all images). */
    private static final class FakeGeneration implements GenerationService {
        List<TrainingRun> runs = List.of(run(4), run(2));
        final List<String> addedAs = new ArrayList<>();
        boolean cancelMaking;

        static TrainingRun run(long id) {
            return new TrainingRun(id, "DCGAN #" + id, "DCGAN", RunStatus.COMPLETED, "", Instant.EPOCH, Instant.EPOCH, 0, 3,
                    TrainingConfig.defaults(), OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                    ModelKind.GAN);
        }

        @Override
        public List<TrainingRun> ganRuns() {
            return runs;
        }

        @Override
        public Optional<String> learnedClass(long runId) {
            return runId == 4 ? Optional.of("Sneaker") : Optional.empty();
        }

        @Override
        public List<String> classNames() {
            return List.of("Bag", "Sneaker");
        }

        @Override
        public Generated generate(long runId, int count, long seed, Progress progress, Cancellation cancellation) {
            if (cancelMaking) {
                cancellation.cancel();
                throw new CancellationException("stopped");
            }
            List<byte[]> images = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                images.add(new byte[] {(byte) i, 0, 0, 0});
            }
            return new Generated(runId, seed, 2, 2, 1, images);
        }

        @Override
        public Optional<GeneratedImages.Added> add(Generated images, String className, Progress progress,
                                                   Cancellation cancellation) {
            addedAs.add(className + " x" + images.images().size() + " from run " + images.runId());
            return Optional.of(new GeneratedImages.Added(images.images().size(), 0));
        }
    }

    @BeforeEach
    void open() {
        model = new GenerateViewModel(TaskExecutor.direct(), Notifier.ofErrors((t, m) -> errors.add(t + ": " + m)));
    }

    @Test
    void theNewestRunIsChosenWithTheClassItLearned() {
        model.projectOpened(Optional.of(service));

        assertEquals("", model.emptyMessageProperty().get());
        assertEquals(4, model.runProperty().get().id());
        assertEquals("Sneaker", model.classNameProperty().get());
        assertEquals(List.of("Bag", "Sneaker"), model.classes());
        assertTrue(model.canGenerateProperty().get());
        assertFalse(model.canAddProperty().get(), "nothing to add before Generate");
    }

    @Test
    void generateShowsThePreviewAndAddSendsItWithTheClass() {
        model.projectOpened(Optional.of(service));
        model.countProperty().set("12");
        model.seedProperty().set("7");
        model.generate();

        assertEquals(12, model.previewProperty().get().orElseThrow().images().size());
        assertEquals(7, model.previewProperty().get().orElseThrow().seed());
        model.classNameProperty().set("Bag");
        model.addToProject();

        assertEquals(List.of("Bag x12 from run 4"), service.addedAs);
        assertTrue(model.messageProperty().get().startsWith("Added 12 synthetic images of Bag"),
                model.messageProperty().get());
        assertFalse(model.canAddProperty().get(), "the same images are not added twice");
        assertTrue(model.previewProperty().get().isPresent(), "they stay on screen");
        assertEquals(List.of(), errors);
    }

    @Test
    void badCountsAndSeedsBlockGenerateAndSayWhy() {
        model.projectOpened(Optional.of(service));
        model.countProperty().set("1001");
        model.seedProperty().set("x");

        assertFalse(model.canGenerateProperty().get());
        assertEquals(List.of("Make 1 to 1000 images (is \"1001\").", "The seed must be a whole number (is \"x\")."),
                model.problems());
    }

    @Test
    void aRunThatLearnedAllImagesNeedsAClassBeforeAdding() {
        model.projectOpened(Optional.of(service));
        model.show(2);
        model.classNameProperty().set("");
        model.generate();

        assertFalse(model.canAddProperty().get());
        assertEquals(List.of("Choose the class the images get before adding them."), model.problems());
        assertEquals(1, model.showRequestsProperty().get());
    }

    @Test
    void cancelledMakingIsAStateNotAnError() {
        model.projectOpened(Optional.of(service));
        service.cancelMaking = true;
        model.generate();

        assertEquals("Cancelled.", model.messageProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(List.of(), errors);
    }

    @Test
    void withoutGanRunsThePanelSaysHowToGetOne() {
        service.runs = List.of();
        model.projectOpened(Optional.of(service));

        assertTrue(model.emptyMessageProperty().get().startsWith("No GAN run with a saved generator yet."));
        assertFalse(model.canGenerateProperty().get());
    }
}
