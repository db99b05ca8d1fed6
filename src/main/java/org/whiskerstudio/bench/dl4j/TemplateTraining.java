package org.whiskerstudio.bench.dl4j;

import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.dataset.DataProfiler;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.dl4j.Dl4jTrainingService;

/**
 * One of a project's templates trained as the studio trains it (the architecture saved in the project, a run recorded
 * with its split and normalisation), so a bench measures what a user gets rather than a hand-built network.
 */
public final class TemplateTraining {
    private TemplateTraining() {
    }

    /** The template {@code id} the project's data profile offers, saved under its name unless already there. */
    public static Architecture architecture(ProjectStore store, String id) {
        Architecture architecture = DataProfiler.templates(store).byId(id)
                .orElseThrow(() -> new IllegalArgumentException("unknown template " + id)).build().get();
        ArchitectureStore architectures = new ArchitectureStore(store);
        if (architectures.load(architecture.name()).isEmpty()) {
            architectures.save(architecture);
        }
        return architecture;
    }

    /** Trains {@code architecture} (saved by {@link #architecture}) to the end of its run and returns the run. */
    public static TrainingRun train(ProjectStore store, Architecture architecture, TrainingConfig config, String note,
                                    TrainingListener listener) {
        return Dl4jTrainingService.forProject(store).start(new TrainingRequest(architecture.name(), config, note),
                listener).finished().toCompletableFuture().join();
    }
}
