package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingListener;

/** The divergence guard and early stopping end a run with a status that explains itself. */
@Tag("engine")
class Dl4jTrainerGuardsTest {
    private static final TensorShape.Image SHAPE = new TensorShape.Image(4, 4, 1);
    private static final LayerGraph MLP = Templates.mlp(SHAPE, 2);

    @TempDir
    Path dir;

    @Test
    void aNanLossEndsTheRunAsDivergedKeepingTheLastGoodCheckpoint() throws Exception {
        TrainingOutcome outcome = Jobs.run(dir, MLP, Jobs.config(3, 16, Optimizer.ADAM, 1e-3, 0),
                ToyData.of(SHAPE, 64, 16, false).withNanInEpoch(1), TrainingListener.NONE);

        assertEquals(RunStatus.DIVERGED, outcome.status());
        assertTrue(outcome.message().contains("lower the learning rate (try 1e-4)"), outcome.message());
        assertEquals(1, outcome.progress().epochsDone());
        RunFolder folder = new RunFolder(dir);
        assertEquals(1, folder.readCheckpointState().orElseThrow().epoch());
        assertTrue(Files.isRegularFile(folder.checkpoint(1)));
    }

    @Test
    void patienceOneStopsEarlyWhenValidationLossRises() throws Exception {
        TrainingOutcome outcome = Jobs.run(dir, MLP, Jobs.config(5, 16, Optimizer.ADAM, 1e-2, 1),
                ToyData.of(SHAPE, 64, 16, true).withSwappedValidationLabels(), TrainingListener.NONE);

        assertEquals(RunStatus.EARLY_STOPPED, outcome.status());
        assertEquals(2, outcome.progress().epochsDone());
        assertEquals(1, outcome.progress().bestEpoch().orElseThrow());
        assertTrue(outcome.message().startsWith("Validation loss has not improved for 1 epoch"), outcome.message());
        assertTrue(Files.isRegularFile(new RunFolder(dir).best()));
    }
}
