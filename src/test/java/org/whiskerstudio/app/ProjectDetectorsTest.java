package org.whiskerstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.app.cli.WhiskerCli;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.detection.BoxFinder;
import org.whiskerstudio.detection.DetectionFixture;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.ui.detection.DetectionSet;
import org.whiskerstudio.ui.detection.DetectorRun;

/**
 * The screens' detectors read from a real project: a tiny detector trained by the command, then listed, evaluated
 * and its evaluation read back with the pictures' files, and its boxes found on a picture.
 */
@Tag("engine")
class ProjectDetectorsTest {
    @TempDir
    Path temp;

    private static void whisker(String... args) {
        StringWriter out = new StringWriter();
        int exit = WhiskerCli.run(new PrintWriter(out, true), new PrintWriter(out, true), args);
        assertEquals(0, exit, out.toString());
    }

    @Test
    void aTrainedAndEvaluatedDetectorRunReachesTheScreens() throws Exception {
        Path project = temp.resolve("p");
        try (ProjectStore store = ProjectStore.create(project, "p")) {
            DetectionFixture.squaresAndBars(store, 24, 5);
            new ArchitectureStore(store).save(DetectionFixture.tinyDetector());
        }
        whisker("train", project.toString(), "--arch", "tiny detector", "--epochs", "3", "--patience", "0",
                "--batch", "8", "--lr", "0.01");
        ProjectDetectors detectors = new ProjectDetectors();
        try (ProjectStore store = ProjectStore.open(project)) {
            List<DetectorRun> runs = detectors.runs(store);
            assertEquals(1, runs.size());
            long run = runs.get(0).id();
            assertTrue(runs.get(0).label().endsWith("(run " + run + ", 3 epochs)"), runs.get(0).label());
            assertTrue(detectors.evaluation(store, run).isEmpty(), "not evaluated yet");
            BoxFinder finder = detectors.finder(store, run);
            assertEquals(List.of("square", "bar"), finder.classes());
            DetectionSet set = detectors.evaluate(store, run, Progress.NONE, new Cancellation()).orElseThrow();
            assertEquals(set, detectors.evaluation(store, run).orElseThrow(), "stored, and read back the same");
            assertEquals(List.of("square", "bar"), set.classes());
            assertEquals(0.25, set.confidence(), 1e-12, "the run's own threshold, the default");
            assertTrue(!set.images().isEmpty() && set.images().stream().allMatch(i -> i.file().isPresent()
                    && Files.isRegularFile(i.file().get()) && i.result().truths().size() == 2), set.images().toString());
            DetectionSet.Image first = set.images().get(0);
            assertEquals(DetectionFixture.WIDTH, first.width());
            // What the finder says of a picture it was evaluated on: boxes inside the picture, best first.
            var found = finder.find(first.file().get());
            assertTrue(found.stream().allMatch(d -> d.box().x2() <= first.width() + 1e-6
                    && d.box().y2() <= first.height() + 1e-6), found.toString());
            // For labelling: the run's threshold to start at, and boxes down to the floor under it.
            var assist = detectors.assist(store, run, 0.05);
            assertEquals(0.25, assist.confidence(), 1e-12);
            var unsure = assist.finder().find(first.file().get());
            assertTrue(found.stream().allMatch(d -> d.score() >= 0.25), found.toString());
            assertTrue(unsure.stream().allMatch(d -> d.score() >= 0.05) && unsure.size() >= found.size()
                    && unsure.containsAll(found), unsure + " vs " + found);
        }
    }
}
