package org.whiskerstudio.deploy.dl4j;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.whiskerstudio.app.cli.WhiskerCli;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.detection.DetectionFixture;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.RunStore;

/**
 * One tiny detector trained for real on the squares-and-bars pictures (1 epoch, by {@code whisker train}), made
 * once per test JVM and shared by the detector bundle, predict and serve tests. Its boxes are not good: the tests
 * check shapes, thresholds and coordinates, not accuracy.
 */
public final class TinyDetector {
    /** The project folder, its detector run and a picture of the kind it learned. */
    public record Trained(Path project, long runId, Path picture) {
        public ProjectStore open() {
            return ProjectStore.open(project);
        }
    }

    private static Trained trained;

    private TinyDetector() {
    }

    public static synchronized Trained get() {
        if (trained == null) {
            try {
                trained = make(Files.createTempDirectory("whisker-tiny-detector"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return trained;
    }

    private static Trained make(Path root) throws IOException {
        Path project = root.resolve("project");
        try (ProjectStore store = ProjectStore.create(project, "boxes")) {
            DetectionFixture.squaresAndBars(store, 16, 7);
            new ArchitectureStore(store).save(DetectionFixture.tinyDetector());
        }
        StringWriter out = new StringWriter();
        int exit = WhiskerCli.run(new PrintWriter(out, true), new PrintWriter(out, true), "train", project.toString(),
                "--arch", "tiny detector", "--epochs", "1", "--patience", "0", "--batch", "8", "--lr", "0.01");
        if (exit != 0) {
            throw new IllegalStateException("training the tiny detector failed: " + out);
        }
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            RunStore runs = new RunStore(store);
            long run = runs.list().get(0).id();
            Path picture = store.layout().resolveStored(store.images(org.whiskerstudio.project.ImageQuery.ALL).get(0)
                    .storedPath());
            Path copy = Files.copy(picture, root.resolve("picture.png"));
            return new Trained(project, run, copy);
        }
    }
}
