package org.whiskerstudio.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.project.ProjectStore;

class RunStoreTest {
    private static final Architecture MLP = new Architecture("MLP", Templates.mlp(new TensorShape.Vector(4), 2),
            Optional.empty());
    private static final Provenance PROVENANCE = Provenance.here("1.0.0-M2.1", "Cpu, 2 threads", "64 training");

    @TempDir
    Path dir;
    private ProjectStore project;
    private RunStore runs;

    @BeforeEach
    void open() {
        project = ProjectStore.create(dir, "p");
        runs = new RunStore(project);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private TrainingRun create(String name) {
        return runs.create(name, MLP, TrainingConfig.defaults().withSeed(99), PROVENANCE);
    }

    @Test
    void aCreatedRunReadsBackWithItsConfigArchitectureAndProvenance() {
        TrainingRun run = create("first");

        TrainingRun read = runs.get(run.id()).orElseThrow();
        assertEquals(TrainingConfig.defaults().withSeed(99), read.config());
        assertEquals(RunStatus.RUNNING, read.status());
        assertEquals(MLP, runs.architecture(run.id()).orElseThrow());
        assertEquals(PROVENANCE, runs.provenance(run.id()).orElseThrow());
        assertTrue(Files.isRegularFile(runs.folder(run.id()).config()));
    }

    @Test
    void anOpenedRunHoldsItsRowFolderArchitectureAndRecordedInput() throws Exception {
        TrainingRun run = create("opened");
        Preprocessing input = Layout.preprocessing(new TensorShape.Image(8, 8, 1), ResizeMode.STRETCH);
        runs.folder(run.id()).writePreprocessing(input);

        OpenedRun opened = runs.open(run.id());
        assertEquals(runs.get(run.id()).orElseThrow(), opened.run());
        assertEquals(runs.folder(run.id()), opened.folder());
        assertEquals(MLP, opened.architecture());
        assertEquals(Optional.of(input), opened.recordedPreprocessing());
        assertEquals(Optional.empty(), runs.open(create("older").id()).recordedPreprocessing(),
                "a run that recorded no input");
    }

    @Test
    void openingAMissingRunSaysSoAndFindingItIsEmpty() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runs.open(42));
        assertEquals("There is no run 42.", e.getMessage());
        assertTrue(runs.find(42).isEmpty());
    }

    @Test
    void theHistoryListsNewestFirst() {
        long first = create("first").id();
        long second = create("second").id();

        assertEquals(List.of(second, first), runs.list().stream().map(TrainingRun::id).toList());
    }

    @Test
    void progressAndStatusAreStored() {
        long id = create("first").id();

        runs.setProgress(id, new RunProgress(3, 1200, OptionalInt.of(2), OptionalDouble.of(0.25), OptionalDouble.of(0.9)));
        runs.setStatus(id, RunStatus.EARLY_STOPPED, "no better");

        TrainingRun run = runs.get(id).orElseThrow();
        assertEquals(3, run.epochsDone());
        assertEquals(OptionalInt.of(2), run.bestEpoch());
        assertEquals(OptionalDouble.of(0.25), run.bestValidationLoss());
        assertEquals(RunStatus.EARLY_STOPPED, run.status());
        assertEquals("no better", run.message());
    }

    @Test
    void aStoreOpenToReadOnlyMarksNothingInterrupted() {
        long running = create("running").id();

        try (ProjectStore reader = ProjectStore.openReadOnly(dir)) {
            RunStore readOnly = new RunStore(reader);
            assertEquals(0, readOnly.markInterrupted());
            assertEquals(RunStatus.RUNNING, readOnly.get(running).orElseThrow().status());
        }
        assertEquals(RunStatus.RUNNING, runs.get(running).orElseThrow().status());
    }

    @Test
    void markInterruptedTurnsRunningAndPausedRunsIntoInterrupted() {
        long running = create("running").id();
        long paused = create("paused").id();
        long done = create("done").id();
        runs.setStatus(paused, RunStatus.PAUSED, "");
        runs.setStatus(done, RunStatus.COMPLETED, "");

        assertEquals(2, runs.markInterrupted());

        assertEquals(RunStatus.INTERRUPTED, runs.get(running).orElseThrow().status());
        assertEquals(RunStatus.INTERRUPTED, runs.get(paused).orElseThrow().status());
        assertEquals(RunStatus.COMPLETED, runs.get(done).orElseThrow().status());
    }

    @Test
    void anInterruptedAgentIsToldItGoesOnFromItsLastCheckpointAndResumesOnlyWithItsLearnerSaved() throws Exception {
        Architecture board = new Architecture("Board", org.whiskerstudio.architecture.AgentTemplates
                .noughtsAndCrosses(), Optional.empty());
        long agent = runs.create("agent", board, TrainingConfig.defaults(), PROVENANCE).id();
        long classifier = create("classifier").id();

        assertEquals(2, runs.markInterrupted());

        TrainingRun interrupted = runs.get(agent).orElseThrow();
        assertEquals(RunStatus.INTERRUPTED, interrupted.status());
        assertTrue(interrupted.message().contains("last checkpoint"), interrupted.message());
        assertFalse(interrupted.message().contains("epoch"), interrupted.message());
        assertTrue(runs.get(classifier).orElseThrow().message().contains("last finished epoch"));
        assertFalse(interrupted.canResume(), "nothing saved to go on from");
        Path learner = new AgentFiles(runs.folder(agent)).learner();
        Files.createDirectories(learner.getParent());
        Files.write(learner, new byte[] {1});
        assertTrue(runs.get(agent).orElseThrow().canResume(), "its learner is saved");
        runs.setStatus(agent, RunStatus.COMPLETED, "");
        assertFalse(runs.get(agent).orElseThrow().canResume(), "a completed agent has spent its budget");
    }

    @Test
    void deleteRemovesTheRowAndTheFolder() {
        long id = create("first").id();
        Path folder = runs.folder(id).root();

        runs.delete(id);

        assertTrue(runs.get(id).isEmpty());
        assertFalse(Files.exists(folder));
    }

    @Test
    void unnamedRunsAreNumberedPerArchitecture() {
        create(runs.defaultName("MLP"));

        assertEquals("MLP #2", runs.defaultName("MLP"));
    }
}
