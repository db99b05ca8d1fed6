package org.whiskerstudio.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.whiskerstudio.architecture.Detector;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.detection.DetectionSettings;

/** The card's {@code "detector"} object, which a detector's card has and no other kind's. */
final class DetectorEntryJson {
    private static final int MAX_ANCHORS = 16;
    private static final String BOXES = "x, y (top left), w, h in the original image's pixels: the letterbox is undone";

    private DetectorEntryJson() {
    }

    static void write(ObjectNode root, ModelCard.DetectorEntry entry) {
        ObjectNode d = root.putObject("detector");
        d.put("inputSize", entry.inputSize()).put("resize", "LETTERBOX").put("grid", entry.grid())
                .put("anchorUnit", "grid cells");
        ArrayNode anchors = d.putArray("anchors");
        entry.anchors().forEach(a -> anchors.addObject().put("width", a.width()).put("height", a.height()));
        d.put("confidence", entry.thresholds().confidence()).put("nmsIou", entry.thresholds().nmsIou())
                .put("boxes", BOXES);
    }

    /**
     * @throws IllegalArgumentException when a value is missing or out of range, or the entry is not the detector the
     *                                  architecture builds (input, grid or anchors differ)
     */
    static ModelCard.DetectorEntry read(JsonNode node, Detector architecture) {
        JsonNode anchorsNode = node.path("anchors");
        if (!anchorsNode.isArray() || anchorsNode.isEmpty() || anchorsNode.size() > MAX_ANCHORS) {
            throw new IllegalArgumentException("detector.anchors must list 1 to " + MAX_ANCHORS + " anchors");
        }
        List<LayerSpec.YoloHead.Anchor> anchors = new ArrayList<>();
        for (JsonNode a : anchorsNode) {
            anchors.add(new LayerSpec.YoloHead.Anchor(number(a, "width"), number(a, "height")));
        }
        DetectionSettings thresholds = new DetectionSettings(number(node, "confidence"), number(node, "nmsIou"));
        ModelCard.DetectorEntry entry = new ModelCard.DetectorEntry(node.path("inputSize").asInt(-1),
                node.path("grid").asInt(-1), anchors, thresholds);
        ModelCard.DetectorEntry expected = ModelCard.DetectorEntry.of(architecture, thresholds);
        if (!entry.equals(expected)) {
            throw new IllegalArgumentException("the detector entry (input " + entry.inputSize() + ", grid "
                    + entry.grid() + ", anchors " + entry.anchors() + ") is not the architecture's (input "
                    + expected.inputSize() + ", grid " + expected.grid() + ", anchors " + expected.anchors() + ")");
        }
        return entry;
    }

    private static double number(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (!v.isNumber()) {
            throw new IllegalArgumentException("detector " + field + " must be a number");
        }
        return v.asDouble();
    }
}
