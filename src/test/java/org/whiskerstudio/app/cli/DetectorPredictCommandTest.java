package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.deploy.dl4j.TinyDetector;
import org.whiskerstudio.deploy.dl4j.TinyModel;
import org.whiskerstudio.detection.DetectionFixture;

/** {@code whisker bundle} and {@code predict} of a detector run: boxes as JSON and CSV, thresholds from the command. */
@Tag("engine")
class DetectorPredictCommandTest {
    private final TinyDetector.Trained tiny = TinyDetector.get();
    @TempDir
    Path temp;

    private Path bundle() {
        Path bundle = temp.resolve("boxes.whisker-model.zip");
        PredictCommandTest.Run made = PredictCommandTest.run("bundle", tiny.project().toString(), "--run",
                Long.toString(tiny.runId()), "--out", bundle.toString(), "--onnx");
        assertEquals(0, made.exit(), made.err());
        assertTrue(made.out().contains("detector: 32 px letterboxed, 4 x 4 grid, 2 anchors; boxes kept at confidence "
                + "0.25, NMS IoU 0.45") && made.out().contains("model.onnx was left out: a detector has no ONNX"),
                made.out());
        return bundle;
    }

    @Test
    void predictAnswersEachImagesSizeAndBoxesAndOneCsvRowPerBox() throws Exception {
        Path bundle = bundle();
        Path bad = Files.writeString(temp.resolve("bad.png"), "not a picture");

        PredictCommandTest.Run json = PredictCommandTest.run("predict", bundle.toString(), tiny.picture().toString(),
                "--confidence", "0.001");
        PredictCommandTest.Run csv = PredictCommandTest.run("predict", bundle.toString(), tiny.picture().toString(),
                bad.toString(), "--confidence", "0.001", "--nms-iou", "0.3", "--format", "csv");

        assertEquals(0, json.exit(), json.err());
        JsonNode one = Json.mapper().readTree(json.out()).path("predictions").get(0);
        assertEquals(DetectionFixture.WIDTH, one.path("width").asInt());
        assertEquals(DetectionFixture.HEIGHT, one.path("height").asInt());
        JsonNode boxes = one.path("boxes");
        assertTrue(boxes.size() > 0, "at confidence 0.001 an untrained detector still proposes boxes: " + json.out());
        for (JsonNode b : boxes) {
            assertTrue(List.of("square", "bar").contains(b.path("class").asText()), b.toString());
            assertTrue(b.path("score").asDouble() >= 0.001 && b.path("x").asDouble() >= 0
                    && b.path("x").asDouble() + b.path("w").asDouble() <= DetectionFixture.WIDTH + 0.01, b.toString());
        }
        assertEquals(2, csv.exit(), "a file could not be read: " + csv.err());
        List<String> rows = csv.out().lines().toList();
        assertEquals("file,class,score,x,y,w,h", rows.get(0));
        assertTrue(rows.stream().skip(1).filter(r -> r.startsWith("picture.png,")).count() >= 1, csv.out());
        String last = rows.get(rows.size() - 1);
        assertTrue(last.startsWith("bad.png,") && last.contains("ERROR: "), "the per-file error row: " + last);
        assertTrue(csv.err().contains("skipped") && csv.err().contains("bad.png"), csv.err());
    }

    @Test
    void thresholdsAreRefusedForAClassifiersBundleAndOutOfRange() {
        PredictCommandTest.Run classifier = PredictCommandTest.run("predict", TinyModel.get().bundle().toString(),
                TinyModel.get().images().get(0).toString(), "--confidence", "0.5");
        PredictCommandTest.Run range = PredictCommandTest.run("predict", bundle().toString(),
                tiny.picture().toString(), "--nms-iou", "0");

        assertTrue(classifier.exit() != 0 && classifier.err().contains("are for a detector's bundle"),
                classifier.err());
        assertTrue(range.exit() != 0 && range.err().contains("NMS IoU"), range.err());
    }
}
