package org.whiskerstudio.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.project.ProjectStore;

/** Checkpoints at an epoch's end and inside one, and the files of runs made before the second kind existed. */
class CheckpointStateTest {
    @TempDir
    Path dir;

    @Test
    void aCheckpointJsonFromBeforeCheckpointsInsideAnEpochReadsAsAnEpochEnd() throws Exception {
        RunFolder folder = new RunFolder(dir);
        Files.writeString(folder.checkpointState(), "{\"epoch\":2,\"iteration\":40,\"bestEpoch\":2,\"bestLoss\":0.5,"
                + "\"bestValidationAccuracy\":0.9,\"epochsWithoutImprovement\":0,\"elapsedMillis\":1234}",
                StandardCharsets.UTF_8);
        Files.write(folder.checkpoint(2), new byte[] {1});

        CheckpointState state = folder.readCheckpointState().orElseThrow();

        assertEquals(new CheckpointState(2, 40, 2, 0.5, 0.9, 0, 1234), state);
        assertFalse(state.insideEpoch());
        assertEquals(folder.checkpoint(2), folder.checkpoint(state));
    }

    @Test
    void aCheckpointInsideAnEpochHasItsOwnZipAndIsOnlyValidWithIt() throws Exception {
        RunFolder folder = new RunFolder(dir);
        CheckpointState inside = new CheckpointState(1, 20, 1, 0.7, 0.8, 0, 900).inside(5, 25, 3.0, 1000);
        folder.writeCheckpointState(inside);
        Files.write(folder.checkpoint(1), new byte[] {1});

        assertTrue(folder.readCheckpointState().isEmpty(), "the epoch-end zip is not the one this state names");
        Files.write(folder.checkpoint(inside), new byte[] {1});
        assertEquals(inside, folder.readCheckpointState().orElseThrow());
        assertEquals("checkpoint-00001-25.zip", folder.checkpoint(inside).getFileName().toString());
        assertEquals(1, inside.bestEpoch());
        assertEquals("Stopped after step 5 of epoch 2 of 4 (step 25 in all), saved there: resume goes on from that "
                + "step.", inside.stoppedMessage(1, 4));
    }

    @Test
    void aRunStoppedInsideItsFirstEpochCanBeResumedOnlyWithItsCheckpoint() throws Exception {
        try (ProjectStore store = ProjectStore.create(
                dir.resolve("p"), "p")) {
            RunStore runs = new RunStore(store);
            TrainingRun run = runs.create("Chars #1", new Architecture("Chars",
                    Templates.charLstm(40, 100), Optional.empty()),
                    TrainingConfig.defaults(), Provenance.here("test", "cpu", ""));
            runs.setStatus(run.id(), RunStatus.STOPPED, "");
            assertFalse(runs.get(run.id()).orElseThrow().canResume(), "no checkpoint yet");

            RunFolder folder = runs.folder(run.id());
            CheckpointState inside = CheckpointState.start().inside(7, 7, 14.0, 500);
            Files.createDirectories(folder.root());
            Files.write(folder.checkpoint(inside), new byte[] {1});
            folder.writeCheckpointState(inside);

            TrainingRun stopped = runs.get(run.id()).orElseThrow();
            assertTrue(stopped.savedInsideEpoch());
            assertTrue(stopped.canResume());
            assertTrue(runs.list().get(0).canResume());
            runs.setStatus(run.id(), RunStatus.COMPLETED, "");
            assertFalse(runs.get(run.id()).orElseThrow().canResume());
        }
    }
}
