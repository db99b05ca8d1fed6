package org.whiskerstudio.deploy.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.deploy.BundleFormat;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.StartedFrom;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.TrainingService;
import org.whiskerstudio.training.WeightSource;
import org.whiskerstudio.training.dl4j.Dl4jTrainingService;
import org.whiskerstudio.training.dl4j.TrainedModel;
import org.whiskerstudio.training.dl4j.TrainedProjects;

/** A project's run continues from another project's run or a bundle, and records what it started from. */
@Tag("engine")
class ContinueFromModelTest {
    private static final TensorShape.Image SHAPE = new TensorShape.Image(8, 8, 1);
    private final TinyModel.Trained tiny = TinyModel.get();

    @TempDir
    Path dir;
    private ProjectStore store;
    private TrainingService service;

    @BeforeEach
    void open() {
        store = ProjectStore.create(dir.resolve("second"), "second");
        DatasetFixture.darkAndLight(store, 30, 8);
        ArchitectureStore architectures = new ArchitectureStore(store);
        architectures.save(new Architecture(TrainedProjects.ARCHITECTURE, Templates.mlp(SHAPE, 2), Optional.empty()));
        architectures.save(new Architecture("Small", Templates.lenet(SHAPE, 2), Optional.empty()));
        service = Dl4jTrainingService.forProject(store, new TrustedStarts(store));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private TrainingRun train(String architecture, WeightSource from, int freeze) {
        TrainingRun run = service.start(new TrainingRequest(architecture, TrainingConfig.defaults().withEpochs(2), "")
                        .startingFrom(from, freeze), TrainingListener.NONE)
                .finished().toCompletableFuture().join();
        assertEquals(RunStatus.COMPLETED, run.status(), run.message());
        return run;
    }

    private StartedFrom startOf(TrainingRun run) {
        return new RunStore(store).provenance(run.id()).orElseThrow().start();
    }

    @Test
    void aRunOfAnotherProjectIsRecordedWithItsFolderIdAndWeightsHash() throws Exception {
        TrainingRun run = train(TrainedProjects.ARCHITECTURE,
                new WeightSource.ProjectRun(Optional.of(tiny.project()), tiny.runId()), 1);

        StartedFrom start = startOf(run);
        assertEquals("run", start.source());
        assertEquals(tiny.project().toAbsolutePath().normalize().toString(), start.project());
        assertEquals(tiny.runId(), start.runId());
        assertEquals("tiny run", start.name());
        assertEquals(BundleFormat.sha256(tiny.project().resolve("runs").resolve(Long.toString(tiny.runId()))
                .resolve(start.file())), start.sha256());
        assertEquals(List.of(), start.replacedLayers(), "the same classes: every layer kept");
        assertEquals(3, start.keptLayers().size());
        assertEquals(1, start.frozenEpochs());
        assertTrue(start.sentence().startsWith("Started from run " + tiny.runId() + " \"tiny run\""), start.sentence());
    }

    @Test
    void aBundleIsRecordedWithItsFileAndHash() throws Exception {
        TrainingRun run = train(TrainedProjects.ARCHITECTURE, new WeightSource.Bundle(tiny.bundle()), 0);

        StartedFrom start = startOf(run);
        assertEquals("bundle", start.source());
        assertEquals(tiny.bundle().toAbsolutePath().normalize().toString(), start.file());
        assertEquals(BundleFormat.sha256(tiny.bundle()), start.sha256());
    }

    private static Normalisation normalisationOf(ProjectStore project, long runId) throws IOException {
        return new RunStore(project).folder(runId).readNormalisation().orElseThrow();
    }

    @Test
    void aContinuedRunKeepsItsStartModelsStandardisationInsteadOfFittingOneOnItsFewImages() throws Exception {
        Normalisation start;
        try (ProjectStore first = tiny.open()) {
            start = normalisationOf(first, tiny.runId());
        }
        // Brighter darks than the start model's project had: a standardisation fitted here would differ.
        for (int i = 0; i < 20; i++) {
            DatasetFixture.file(store, DatasetFixture.png(8, 8, new Color(120 + i, 110, 100)), "dark");
        }
        TrainingRun fresh = train(TrainedProjects.ARCHITECTURE, WeightSource.NEW, 0);
        assertNotEquals(start, normalisationOf(store, fresh.id()), "this project's images fit another one");

        TrainingRun fromRun = train(TrainedProjects.ARCHITECTURE,
                new WeightSource.ProjectRun(Optional.of(tiny.project()), tiny.runId()), 0);
        TrainingRun fromBundle = train(TrainedProjects.ARCHITECTURE, new WeightSource.Bundle(tiny.bundle()), 0);

        assertEquals(start, normalisationOf(store, fromRun.id()));
        assertEquals(start, normalisationOf(store, fromBundle.id()));
        assertEquals(start, TrainedModel.ofRun(store, fromRun.id()).normalisation(), "and predicts with it");
    }

    @Test
    void aRunOfThisProjectNeedsOnlyItsId() {
        TrainingRun first = train(TrainedProjects.ARCHITECTURE, WeightSource.NEW, 0);

        TrainingRun second = train(TrainedProjects.ARCHITECTURE, WeightSource.parse(Long.toString(first.id())), 0);

        assertTrue(startOf(first).fresh());
        assertEquals(first.id(), startOf(second).runId());
        assertEquals(store.layout().root().toString(), startOf(second).project());
    }

    @Test
    void anotherArchitectureIsRefusedBeforeAnyRunIsRecorded() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> service.start(
                new TrainingRequest("Small", TrainingConfig.defaults(), "")
                        .startingFrom(new WeightSource.Bundle(tiny.bundle()), 0), TrainingListener.NONE));

        assertTrue(refused.getMessage().contains("does not fit this architecture"), refused.getMessage());
        assertEquals(List.of(), service.runs());
    }

    @Test
    void aCraftedBundleIsRefusedAsDeployRefusesItAndNothingInItRuns() throws Exception {
        Path mark = dir.resolve("pwned");
        Map<String, byte[]> model;
        try (BundleFormat.Opened opened = BundleFormat.open(tiny.bundle())) {
            model = Crafted.entries(opened.modelZip());
        }
        model.put("preprocessor.bin", Crafted.serialised(new Gadget(mark.toString())));
        Path evil = Crafted.write(dir.resolve("evil.whisker-model.zip"),
                Crafted.withModel(tiny.bundle(), Crafted.zip(model)));

        TrainingRun run = service.start(new TrainingRequest(TrainedProjects.ARCHITECTURE, TrainingConfig.defaults(),
                "").startingFrom(new WeightSource.Bundle(evil), 0), TrainingListener.NONE)
                .finished().toCompletableFuture().join();

        assertEquals(RunStatus.FAILED, run.status());
        assertTrue(run.message().contains("preprocessor.bin"), run.message());
        assertFalse(Files.exists(mark), "the gadget wrote its file");
    }

    @Test
    void aMissingRunIsRefusedNamingTheProject() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> service.start(
                new TrainingRequest(TrainedProjects.ARCHITECTURE, TrainingConfig.defaults(), "")
                        .startingFrom(new WeightSource.ProjectRun(Optional.of(tiny.project()), 99), 0),
                TrainingListener.NONE));

        assertTrue(refused.getMessage().contains("has no run 99"), refused.getMessage());
    }
}
