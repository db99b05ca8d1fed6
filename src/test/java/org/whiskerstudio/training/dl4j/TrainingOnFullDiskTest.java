package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.CheckpointState;
import org.whiskerstudio.training.EpochMetric;
import org.whiskerstudio.training.MetricFiles;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.testing.SmallDisk;

/**
 * A run whose disk fills after its first epoch, on a real small file system: it stops (not fails) with a sentence
 * naming the file it could not write, keeps its first epoch's checkpoint whole, leaves no temporary file, and once
 * there is space again resumes from that checkpoint to the end.
 */
@Tag("engine")
class TrainingOnFullDiskTest {
    @TempDir
    Path temp;

    @Test
    void aRunStoppedByAFullDiskKeepsItsCheckpointAndResumes() throws IOException {
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("disk"), 24 * 1024)) {
            Path project = disk.root().resolve("project");
            try (ProjectStore store = ProjectStore.create(project, "full")) {
                DatasetFixture.darkAndLight(store, 30, 8);
                new ArchitectureStore(store).save(new Architecture("MLP",
                        Templates.mlp(new TensorShape.Image(8, 8, 1), 2), Optional.empty()));
                TrainingRun run = train(store, fillAfterFirstEpoch(disk));

                assertEquals(RunStatus.STOPPED, run.status(), run.message());
                assertTrue(run.message().startsWith("The disk is full: " + project.resolve("runs")), run.message());
                assertTrue(run.message().endsWith("resume the run once there is space."), run.message());
                assertTrue(run.canResume(), "stopped after epoch 1 of 3: " + run);
                RunFolder folder = new RunStore(store).folder(run.id());
                CheckpointState state = folder.readCheckpointState().orElseThrow();
                assertEquals(1, state.epoch());
                assertTrue(Files.isRegularFile(folder.checkpoint(state)));
                assertEquals(List.of(), temporaryFiles(folder.root()));

                disk.freeSpace();
                TrainingRun resumed = Dl4jTrainingService.forProject(store).resume(run.id(), TrainingListener.NONE)
                        .finished().toCompletableFuture().join();

                assertEquals(RunStatus.COMPLETED, resumed.status(), resumed.message());
                assertEquals(3, resumed.epochsDone());
                assertEquals(3, MetricFiles.epochs(folder).size(), "one line per epoch, none twice");
            }
        }
    }

    private static TrainingRun train(ProjectStore store, TrainingListener listener) {
        return Dl4jTrainingService.forProject(store)
                .start(new TrainingRequest("MLP", TrainingConfig.defaults().withEpochs(3), "filling"), listener)
                .finished().toCompletableFuture().join();
    }

    /** Leaves a few kilobytes once the first epoch's checkpoint is written: less than the next one needs. */
    private static TrainingListener fillAfterFirstEpoch(SmallDisk disk) {
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochMetric metric) {
                if (metric.epoch() == 1) {
                    try {
                        disk.fillLeaving(32 * 1024);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        };
    }

    private static List<Path> temporaryFiles(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
