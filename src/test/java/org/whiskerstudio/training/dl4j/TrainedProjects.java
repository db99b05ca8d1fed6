package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;

/** Tiny projects trained for real: 30 dark and 30 light 8x8 images and an MLP, trained in a few seconds. */
public final class TrainedProjects {
    /** The architecture the trained projects use: an MLP over 8x8 grey images, two classes. */
    public static final String ARCHITECTURE = "MLP";

    private TrainedProjects() {
    }

    /**
     * Fills the (new) project with 30 dark and 30 light 8x8 images, saves the MLP and trains it for {@code epochs};
     * fails unless the run completes.
     */
    public static TrainingRun darkAndLight(ProjectStore store, int epochs, String runName) {
        DatasetFixture.darkAndLight(store, 30, 8);
        new ArchitectureStore(store).save(new Architecture(ARCHITECTURE,
                Templates.mlp(new TensorShape.Image(8, 8, 1), 2), Optional.empty()));
        TrainingRun run = Dl4jTrainingService.forProject(store)
                .start(new TrainingRequest(ARCHITECTURE, TrainingConfig.defaults().withEpochs(epochs), runName),
                        TrainingListener.NONE)
                .finished().toCompletableFuture().join();
        assertEquals(RunStatus.COMPLETED, run.status(), run.message());
        return run;
    }
}
