package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.GanSamples;
import org.whiskerstudio.training.GanSettings;
import org.whiskerstudio.training.GanStep;
import org.whiskerstudio.training.MetricFiles;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.TrainingSession;

/** The training service trains a GAN architecture as a GAN run: the same controls, its own files. */
@Tag("engine")
class GanTrainingServiceTest {
    private static final TensorShape.Image IMAGE = new TensorShape.Image(8, 8, 1);
    private static final TrainingConfig CONFIG = Jobs.config(2, 8, Optimizer.ADAM, 2e-4, 0);

    @TempDir
    Path dir;
    private ProjectStore store;
    private Dl4jTrainingService service;

    @BeforeEach
    void open() {
        store = ProjectStore.create(dir.resolve("project"), "p");
        DatasetFixture.darkAndLight(store, 12, 8);
        new ArchitectureStore(store).save(Templates.dcgan(IMAGE, 16).withName("DCGAN"));
        service = Dl4jTrainingService.forProject(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static TrainingRun await(TrainingSession session) throws Exception {
        return session.finished().toCompletableFuture().get(120, TimeUnit.SECONDS);
    }

    /** Collects what a GAN run reports. */
    private static class Heard implements TrainingListener {
        final List<GanStep> steps = new CopyOnWriteArrayList<>();
        final List<GanSamples> samples = new CopyOnWriteArrayList<>();

        @Override
        public void onStep(GanStep step) {
            steps.add(step);
        }

        @Override
        public void onSamples(GanSamples grid) {
            samples.add(grid);
        }
    }

    @Test
    void aGanArchitectureTrainsAsAGanRunAndKeepsItsFiles() throws Exception {
        Heard heard = new Heard();
        TrainingRun run = await(service.start(new TrainingRequest("DCGAN", CONFIG, "", new GanSettings("dark", 2, 4)),
                heard));

        assertEquals(RunStatus.COMPLETED, run.status(), run.message());
        assertEquals(ModelKind.GAN, run.kind());
        assertEquals(ModelKind.GAN, service.kindOf("DCGAN"));
        assertFalse(run.canResume());
        assertEquals(2, run.epochsDone());
        RunFolder folder = new RunStore(store).folder(run.id());
        for (Path file : List.of(folder.config(), folder.architecture(), folder.ganSettings(), folder.generator(),
                folder.discriminator(), folder.iterations(), folder.split(), folder.samples(2))) {
            assertTrue(Files.isRegularFile(file), file + " is missing");
        }
        assertEquals(Optional.of(new GanSettings("dark", 2, 4)), folder.readGanSettings());
        List<GanStep> recorded = MetricFiles.ganSteps(folder, 1000);
        assertEquals(heard.steps, recorded);
        assertEquals(2, recorded.get(recorded.size() - 1).epoch());
        assertTrue(Files.readAllLines(folder.iterations()).get(0).contains("discriminator_loss,generator_loss"));
        assertEquals(4, heard.samples.get(0).images().size());
        assertEquals(List.of(), service.dataWarnings("DCGAN"));
    }

    @Test
    void stopEndsTheRunWithinAStepAndSavesTheGenerator() throws Exception {
        AtomicReference<TrainingSession> session = new AtomicReference<>();
        Heard heard = new Heard() {
            @Override
            public void onStep(GanStep step) {
                super.onStep(step);
                while (session.get() == null) {
                    Thread.onSpinWait();
                }
                session.get().control().stop();
            }
        };
        session.set(service.start(new TrainingRequest("DCGAN", CONFIG.withEpochs(50), "", GanSettings.ofClass("light")),
                heard));
        TrainingRun run = await(session.get());

        assertEquals(RunStatus.STOPPED, run.status());
        assertEquals(1, heard.steps.size());
        RunFolder folder = new RunStore(store).folder(run.id());
        assertEquals(1, MetricFiles.ganSteps(folder, 100).size());
        assertTrue(Files.isRegularFile(folder.generator()));
        assertFalse(run.canResume());
    }

    @Test
    void anUnknownClassIsRefusedBeforeARunIsRecorded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> service.start(
                new TrainingRequest("DCGAN", CONFIG, "", GanSettings.ofClass("Sneaker")), TrainingListener.NONE));
        assertTrue(e.getMessage().contains("\"Sneaker\""), e.getMessage());
        assertTrue(e.getMessage().contains("dark"), e.getMessage());
        assertEquals(List.of(), service.runs());
    }

    @Test
    void badSampleSettingsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> service.start(
                new TrainingRequest("DCGAN", CONFIG, "", new GanSettings("", 0, 36)), TrainingListener.NONE));
        assertTrue(e.getMessage().contains("Samples every"), e.getMessage());
    }
}
