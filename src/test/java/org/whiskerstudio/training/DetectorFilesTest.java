package org.whiskerstudio.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
        DetectionResults results = twoImages();

        assertTrue(files.readEvaluation().isEmpty(), "nothing before the first evaluation");
        files.writeEvaluation(results, results.report());
        DetectionResults back = files.readEvaluation().orElseThrow();

        assertEquals(results, back);
        // cat's candidates: 0.9 on image 1's cat (hit), 0.6 on image 2's dog (false): precision 1 at recall 1, AP 1.
        // dog's: 0.4 on image 1's empty place (false), then 0.3 on image 2's dog (hit): precision 1/2 at recall 1,
        // AP 0.5. Mean 0.75.
        assertEquals(0.75, back.report().map50().orElseThrow(), 1e-12);
        var headline = Json.mapper().readTree(files.evaluation().toFile());
        assertEquals(0.75, headline.path("map50").asDouble(), 1e-12);
        assertEquals(1.0, headline.path("ap50ByClass").path("cat").asDouble(), 1e-12);
        assertEquals(0.5, headline.path("ap50ByClass").path("dog").asDouble(), 1e-12);
        // What the detector offers: image 2's box named cat only, so it is a false cat and the dog a miss.
        assertEquals(List.of(new Detection(0, DOG, 0.6)), back.images().get(1).result().detections());

        Files.writeString(files.evaluation(), "{\"results\": {\"classes\": 3}}");
        assertThrows(IOException.class, files::readEvaluation);
    }

    @Test
    void anEvaluationKeptBeforeCandidatesRanksItsDetections() throws IOException {
        DetectorFiles files = new DetectorFiles(new RunFolder(temp));
        DetectionResults results = twoImages();
        files.writeEvaluation(results, results.report());
        ObjectNode root = (ObjectNode) Json.mapper().readTree(files.evaluation().toFile());
        root.path("results").path("images").forEach(image -> ((ObjectNode) image).remove("candidates"));
        Files.write(files.evaluation(), Json.mapper().writeValueAsBytes(root));

        DetectionResults old = files.readEvaluation().orElseThrow();

        assertEquals(null, old.images().get(1).candidates());
        assertEquals(old.images().get(1).detections(), old.images().get(1).result().candidates());
        assertTrue(old.bestClassOnly(), "the screens say it is an older evaluation");
        assertTrue(!results.bestClassOnly());
        // dog: only its false 0.4 on image 1, its truth missed, AP 0; cat 1 as before (its false 0.6 ranks after the
        // hit). Mean 0.5: the figure this file was written with.
        assertEquals(0.5, old.report().map50().orElseThrow(), 1e-12);
    }

    private static final Box DOG = new Box(0, 0, 5, 5);

    /**
     * Image 1: the cat found exactly (IoU 1) and a false dog; image 2: its dog's box found but offered as a cat (0.6),
     * the dog only its second class (0.3).
     */
    private static DetectionResults twoImages() {
        Detection cat = new Detection(0, new Box(1, 2, 11, 12), 0.9);
        Detection falseDog = new Detection(1, new Box(20, 5, 30, 15), 0.4);
        return new DetectionResults("the test part, 2 images", List.of("cat", "dog"),
                new DetectionSettings(0.25, 0.45), List.of(
                new DetectionResults.ImageOutcome(7, "a.png", 40, 30, List.of(new GroundTruth(0, new Box(1, 2, 11, 12))),
                        List.of(cat, falseDog), List.of(cat, falseDog)),
                new DetectionResults.ImageOutcome(8, "b.png", 40, 30, List.of(new GroundTruth(1, DOG)),
                        List.of(new Detection(0, DOG, 0.6)),
                        List.of(new Detection(0, DOG, 0.6), new Detection(1, DOG, 0.3)))));
    }
}
