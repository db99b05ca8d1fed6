package org.whiskerstudio.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.detection.ClassMetrics;
import org.whiskerstudio.detection.DetectionReport;
import org.whiskerstudio.detection.DetectionResults;
import org.whiskerstudio.detection.DetectionSettings;

/**
 * A detector run's own files in its folder: {@code detection-settings.json} (confidence threshold and NMS IoU, the
 * defaults until someone moves them) and {@code detection-evaluation.json} (the last evaluation: every image's ground
 * truths, detections and mAP's candidates, with the headline figures for a person reading the file). Both are
 * written atomically.
 */
public record DetectorFiles(RunFolder folder) {
    public Path settings() {
        return folder.root().resolve("detection-settings.json");
    }

    public Path evaluation() {
        return folder.root().resolve("detection-evaluation.json");
    }

    public void writeSettings(DetectionSettings settings) throws IOException {
        AtomicFiles.write(settings(), Json.mapper().writeValueAsBytes(settings));
    }

    /** The run's thresholds; the defaults when none were written. */
    public DetectionSettings readSettings() throws IOException {
        if (!Files.isRegularFile(settings())) {
            return DetectionSettings.DEFAULTS;
        }
        try {
            return Json.mapper().readValue(settings().toFile(), DetectionSettings.class);
        } catch (JsonProcessingException e) {
            throw new IOException(settings() + " is damaged: " + e.getOriginalMessage(), e);
        }
    }

    /** Keeps the results with their report's headline figures (mAP@0.5, COCO mAP, per-class AP). */
    public void writeEvaluation(DetectionResults results, DetectionReport report) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", 2); // 2: each image's mAP candidates beside its detections
        put(root, "map50", report.map50());
        put(root, "map50Coco", report.map50Coco());
        put(root, "mapCoco", report.mapCoco());
        ObjectNode perClass = root.putObject("ap50ByClass");
        for (ClassMetrics c : report.classes()) {
            put(perClass, results.classes().get(c.classIndex()), c.ap50());
        }
        root.set("results", Json.mapper().valueToTree(results));
        AtomicFiles.write(evaluation(), Json.mapper().writeValueAsBytes(root));
    }

    /** The last evaluation's results (the report is {@link DetectionResults#report()}); empty before the first. */
    public Optional<DetectionResults> readEvaluation() throws IOException {
        if (!Files.isRegularFile(evaluation())) {
            return Optional.empty();
        }
        try {
            JsonNode root = Json.mapper().readTree(evaluation().toFile());
            return Optional.of(Json.mapper().treeToValue(root.path("results"), DetectionResults.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IOException(evaluation() + " is damaged: " + e.getMessage(), e);
        }
    }

    private static void put(ObjectNode node, String field, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(field, value.getAsDouble());
        } else {
            node.putNull(field);
        }
    }
}
