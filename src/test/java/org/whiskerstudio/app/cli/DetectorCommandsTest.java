package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.detection.DetectionFixture;
import org.whiskerstudio.detection.DetectionResults;
import org.whiskerstudio.detection.DetectionSettings;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.DetectorFiles;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingRun;

/** {@code whisker train --template yolo} on a tiny boxed project, then {@code whisker evaluate} of its run. */
@Tag("engine")
class DetectorCommandsTest {
    @TempDir
    Path temp;

    @Test
    void aDetectorTrainsOnTheProjectsBoxesAndIsEvaluatedWithMap() throws Exception {
        Path project = temp.resolve("p");
        try (ProjectStore store = ProjectStore.create(project, "p")) {
            DetectionFixture.squaresAndBars(store, 24, 3);
            new ArchitectureStore(store).save(DetectionFixture.tinyDetector());
        }
        PredictCommandTest.Run train = PredictCommandTest.run("train", project.toString(), "--arch", "tiny detector",
                "--epochs", "6", "--patience", "0", "--batch", "8", "--lr", "0.01");
        assertEquals(0, train.exit(), train.out() + train.err());

        TrainingRun run;
        List<Double> losses;
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            RunStore runs = new RunStore(store);
            run = runs.list().get(0);
            RunFolder folder = runs.folder(run.id());
            assertEquals(ModelKind.DETECTOR, run.kind());
            assertEquals(List.of("square", "bar"), folder.readClasses().orElseThrow());
            losses = Files.readAllLines(folder.epochs()).stream().skip(1)
                    .map(line -> Double.parseDouble(line.split(",")[2])).toList();
        }
        assertEquals(6, losses.size(), losses.toString());
        assertTrue(losses.get(5) < losses.get(0) / 2, "the YOLO loss falls: " + losses);

        PredictCommandTest.Run evaluate = PredictCommandTest.run("evaluate", project.toString(), "--run",
                Long.toString(run.id()), "--confidence", "0.3");
        assertEquals(0, evaluate.exit(), evaluate.out() + evaluate.err());
        Matcher map = Pattern.compile("mAP@0.5 \\(VOC all-point\\)\\s+(\\d\\.\\d{4})").matcher(evaluate.out());
        assertTrue(map.find(), evaluate.out());
        assertTrue(evaluate.out().contains("COCO mAP@[.5:.95]") && evaluate.out().contains("square")
                && evaluate.out().contains("bar"), evaluate.out());
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            DetectorFiles files = new DetectorFiles(new RunStore(store).folder(run.id()));
            DetectionResults stored = files.readEvaluation().orElseThrow();
            assertEquals(new DetectionSettings(0.3, DetectionSettings.DEFAULT_NMS_IOU), files.readSettings(),
                    "the moved threshold is kept with the run");
            assertEquals(List.of("square", "bar"), stored.classes());
            assertTrue(!stored.images().isEmpty() && stored.images().stream()
                    .allMatch(i -> i.truths().size() == 2), "each test picture has its square and bar");
            assertEquals(Double.parseDouble(map.group(1)), stored.report().map50().orElseThrow(), 1e-4,
                    "the stored results give the printed figure");
            for (DetectionResults.ImageOutcome image : stored.images()) {
                assertEquals(image.detections().size(), image.detections().stream().map(Detection::box).distinct()
                        .count(), "what is offered names each box once: " + image.detections());
            }
            assertTrue(stored.images().stream().anyMatch(i -> i.candidates().stream().map(Detection::box).distinct()
                    .count() < i.candidates().size()), "some box is a candidate of more than one class");
        }
    }
}
