package org.whiskerstudio.deploy.dl4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.GanSettings;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.Schedule;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.dl4j.Dl4jTrainingService;

/** One tiny GAN run trained for real (a DCGAN on 8x8 dark images, one epoch): made once per test JVM. */
public final class TinyGan {
    /** The noise length of the tiny DCGAN. */
    public static final int NOISE = 16;

    /** The project folder and its GAN run. */
    public record Trained(Path project, long runId) {
        public ProjectStore open() {
            return ProjectStore.open(project);
        }
    }

    private static Trained trained;

    private TinyGan() {
    }

    public static synchronized Trained get() {
        if (trained == null) {
            try {
                trained = make(Files.createTempDirectory("whisker-tiny-gan").resolve("project"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return trained;
    }

    private static Trained make(Path folder) {
        try (ProjectStore store = ProjectStore.create(folder, "gan")) {
            DatasetFixture.darkAndLight(store, 12, 8);
            new ArchitectureStore(store).save(Templates.dcgan(new TensorShape.Image(8, 8, 1), NOISE)
                    .withName("DCGAN"));
            TrainingConfig config = new TrainingConfig(1, 8, Optimizer.ADAM, 2e-4, Schedule.CONSTANT, 0, 42, 0, 0,
                    ResizeMode.STRETCH, Augmentation.none());
            TrainingRun run = Dl4jTrainingService.forProject(store).start(new TrainingRequest("DCGAN", config, "",
                    new GanSettings("dark", 2, 4)), new TrainingListener() { }).finished().toCompletableFuture()
                    .get(120, TimeUnit.SECONDS);
            if (run.status() != RunStatus.COMPLETED) {
                throw new IllegalStateException("the tiny GAN did not train: " + run.message());
            }
            return new Trained(folder, run.id());
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the tiny GAN did not train", e);
        }
    }
}
