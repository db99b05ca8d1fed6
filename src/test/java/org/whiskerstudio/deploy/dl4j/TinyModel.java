package org.whiskerstudio.deploy.dl4j;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.dl4j.TrainedProjects;

/**
 * One tiny project trained for real (dark vs light 8x8 images, an MLP, 3 epochs), its run exported as a bundle, and
 * a folder of fresh images: made once per test JVM, shared by the deploy and CLI tests.
 */
public final class TinyModel {
    /** The project folder, its run, the exported bundle and images the model never saw. */
    public record Trained(Path project, long runId, Path bundle, List<Path> images) {
        public ProjectStore open() {
            return ProjectStore.open(project);
        }
    }

    private static Trained trained;

    private TinyModel() {
    }

    public static synchronized Trained get() {
        if (trained == null) {
            try {
                trained = make(Files.createTempDirectory("whisker-tiny-model"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return trained;
    }

    private static Trained make(Path root) throws IOException {
        Path project = root.resolve("project");
        long runId;
        try (ProjectStore store = ProjectStore.create(project, "tiny")) {
            runId = TrainedProjects.darkAndLight(store, 3, "tiny run").id();
            Path bundle = root.resolve("tiny.whisker-model.zip");
            Bundles.export(store, runId, bundle, Progress.NONE);
            Path images = Files.createDirectories(root.resolve("images"));
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Color c = i % 2 == 0 ? new Color(40 + 5 * i, 30, 20) : new Color(200 + 5 * i, 220, 235);
                Path f = images.resolve("image-" + i + ".png");
                Files.write(f, DatasetFixture.png(12, 10, c));
                files.add(f);
            }
            return new Trained(project, runId, bundle, List.copyOf(files));
        }
    }
}
