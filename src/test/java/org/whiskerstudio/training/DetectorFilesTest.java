package org.whiskerstudio.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.detection.DetectionResults;
import org.whiskerstudio.detection.DetectionSettings;
import org.whiskerstudio.detection.GroundTruth;
import org.whiskerstudio.labelling.Shape.Box;

/** A detector run's thresholds and stored evaluation survive the round trip through its folder. */
class DetectorFilesTest {
    @TempDir
    Path temp;

    @Test
    void theThresholdsStartAtTheDefaultsAndKeepWhatWasSet() throws IOException {
        DetectorFiles files = new DetectorFiles(new RunFolder(temp));

        assertEquals(DetectionSettings.DEFAULTS, files.readSettings());
        files.writeSettings(new DetectionSettings(0.5, 0.3));
        assertEquals(new DetectionSettings(0.5, 0.3), files.readSettings());
        assertThrows(IllegalArgumentException.class, () -> new DetectionSettings(1.5, 0.3));
    }

    @Test
    void theEvaluationIsKeptWithItsHeadlineAndReadBackWhole() throws IOException {
        DetectorFiles files = new DetectorFiles(new RunFolder(temp));
        // Image 1: the cat found exactly (IoU 1) and a false dog; image 2: the dog missed.
        DetectionResults results = new DetectionResults("the test part, 2 images", List.of("cat", "dog"),
                new DetectionSettings(0.25, 0.45), List.of(
                new DetectionResults.ImageOutcome(7, "a.png", 40, 30, List.of(new GroundTruth(0, new Box(1, 2, 11, 12))),
                        List.of(new Detection(0, new Box(1, 2, 11, 12), 0.9),
                                new Detection(1, new Box(20, 5, 30, 15), 0.4))),
                new DetectionResults.ImageOutcome(8, "b.png", 40, 30, List.of(new GroundTruth(1, new Box(0, 0, 5, 5))),
                        List.of())));

        assertTrue(files.readEvaluation().isEmpty(), "nothing before the first evaluation");
        files.writeEvaluation(results, results.report());
        DetectionResults back = files.readEvaluation().orElseThrow();

        assertEquals(results, back);
        // cat: one truth found first, AP 1; dog: its one detection is false, its truth missed, AP 0; mean 0.5
        assertEquals(0.5, back.report().map50().orElseThrow(), 1e-12);
        var headline = Json.mapper().readTree(files.evaluation().toFile());
        assertEquals(0.5, headline.path("map50").asDouble(), 1e-12);
        assertEquals(1.0, headline.path("ap50ByClass").path("cat").asDouble(), 1e-12);
        assertEquals(0.0, headline.path("ap50ByClass").path("dog").asDouble(), 1e-12);

        Files.writeString(files.evaluation(), "{\"results\": {\"classes\": 3}}");
        assertThrows(IOException.class, files::readEvaluation);
    }
}
