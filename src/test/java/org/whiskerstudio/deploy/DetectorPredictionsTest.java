package org.whiskerstudio.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.dataset.ImageUnreadable;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.detection.DetectionSettings;
import org.whiskerstudio.detection.DetectorOutput;
import org.whiskerstudio.detection.YoloGrid;

/**
 * A detector's answers through the engine-neutral predictor, on a case worked by hand. The detector is one anchor
 * of one class on a 4 x 4 grid over a 32-pixel input (cells of 8 pixels). Its output puts one box in cell (1, 1):
 * x and y 0.5 within the cell, w and h 1 cell, confidence 0.9, class probability 1, so score 0.9; its centre is at
 * (1.5, 1.5) cells = (12, 12) input pixels and it spans (8, 8)-(16, 16) on the input. The image is 64 x 32: the
 * letterbox scales it by 32 / 64 = 0.5 to 32 x 16 and pads 8 rows above it ((32 - 16) / 2). Back in the image the
 * box is x (8 - 0) / 0.5 = 16, y (8 - 8) / 0.5 = 0, w 8 / 0.5 = 16, h 16.
 */
class DetectorPredictionsTest {
    private static final Preprocessing INPUT = new Preprocessing(32, 32, 3, ResizeMode.LETTERBOX);
    @TempDir
    Path temp;
    private final List<Integer> recordSizes = new ArrayList<>();

    /** The hand-made detector: the same output for every record, whose sizes it notes. */
    private RecordModel detector() {
        YoloGrid grid = new YoloGrid(32, 4, 1);
        float[] row = new float[6 * 16];
        int cell = 4 + 1; // y 1, x 1 on a 4-wide grid
        row[cell] = 0.5f;
        row[16 + cell] = 0.5f;
        row[2 * 16 + cell] = 1f;
        row[3 * 16 + cell] = 1f;
        row[4 * 16 + cell] = 0.9f;
        for (int c = 0; c < 16; c++) {
            row[5 * 16 + c] = 1f;
        }
        return new RecordModel() {
            @Override
            public List<String> classes() {
                return List.of("cat");
            }

            @Override
            public Preprocessing preprocessing() {
                return INPUT;
            }

            @Override
            public float[][] probabilities(List<byte[]> records) {
                records.forEach(r -> recordSizes.add(r.length));
                return records.stream().map(r -> row.clone()).toArray(float[][]::new);
            }

            @Override
            public Optional<DetectorOutput> detector() {
                return Optional.of(new DetectorOutput(grid, 1, DetectionSettings.DEFAULTS));
            }
        };
    }

    private Path photo() throws Exception {
        return Files.write(temp.resolve("photo.png"), DatasetFixture.png(64, 32, Color.GRAY));
    }

    @Test
    void aBoxIsAnsweredInTheOriginalImagesPixels() throws Exception {
        RecordPredictor predictor = new RecordPredictor(detector());

        Prediction p = predictor.predict(photo(), 5);

        assertEquals(List.of(32 * 32 * 3), recordSizes, "the network saw the letterboxed image");
        JsonNode json = Json.mapper().readTree(PredictionFormats.json(List.of(p))).path("predictions").get(0);
        assertEquals("photo.png", json.path("file").asText());
        assertEquals(64, json.path("width").asInt());
        assertEquals(32, json.path("height").asInt());
        assertEquals(0, json.path("classes").size(), "a detector names no class for the whole image");
        JsonNode box = json.path("boxes").get(0);
        assertEquals(1, json.path("boxes").size());
        assertEquals("cat", box.path("class").asText());
        assertEquals(0.9, box.path("score").asDouble(), 1e-6);
        assertEquals(List.of(16.0, 0.0, 16.0, 16.0), List.of(box.path("x").asDouble(), box.path("y").asDouble(),
                box.path("w").asDouble(), box.path("h").asDouble()));
        assertEquals("photo.png,cat,0.900000,16.00,0.00,16.00,16.00", PredictionFormats.csvRow(p, 5));
        assertEquals("1 box: cat 0.90", p.summary());
    }

    @Test
    void movedThresholdsAnswerForThePredictorAndABadImageIsItsOwnError() throws Exception {
        RecordPredictor stricter = new RecordPredictor(detector())
                .withThresholds(new DetectionSettings(0.95, DetectionSettings.DEFAULT_NMS_IOU));

        Prediction p = stricter.predict(photo(), 5);

        assertEquals(List.of(), p.boxes().orElseThrow().boxes(), "0.9 is under 0.95");
        assertEquals("", PredictionFormats.csvRow(p, 5), "no box, no row");
        assertEquals(PredictionFormats.Columns.BOXES, stricter.columns());
        assertEquals("file,class,score,x,y,w,h", PredictionFormats.csvHeader(5, stricter.columns()));
        Path bad = Files.writeString(temp.resolve("bad.png"), "not a picture");
        assertThrows(ImageUnreadable.class, () -> stricter.predict(bad, 5));
        assertEquals("bad.png,ERROR: x,,,,,", PredictionFormats.csvFailure("bad.png", "x", 5, stricter.columns()));
    }

    @Test
    void theServerAnswersOneRequestWithTheSameBoxes() throws Exception {
        try (PredictionServer server = new RecordPredictor(detector()).serve(PredictionServer.Settings.local(0),
                "toy")) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.address().getPort() + "/predict"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(photo()))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, answer.statusCode(), answer.body());
            JsonNode json = Json.mapper().readTree(answer.body());
            assertEquals(64, json.path("width").asInt());
            assertEquals(16.0, json.path("boxes").get(0).path("x").asDouble());
            assertEquals(0.0, json.path("boxes").get(0).path("y").asDouble());
        }
    }
}
