package org.whiskerstudio.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The card's {@code "anomaly"} object, which an autoencoder's card has and a classifier's has not. */
final class AnomalyEntryJson {
    private static final int MAX_TEXT = 1_000;
    private static final String SCORE = "mean squared reconstruction error of the normalised input";

    private AnomalyEntryJson() {
    }

    static void write(ObjectNode root, ModelCard.AnomalyEntry entry) {
        root.putObject("anomaly").put("score", SCORE).put("threshold", entry.threshold())
                .put("thresholdSource", entry.thresholdSource()).put("normalClass", entry.normalClass())
                .put("verdict", "an anomaly when the score is above the threshold");
    }

    /** @throws IllegalArgumentException when the threshold is not a finite score or a text is too long */
    static ModelCard.AnomalyEntry read(JsonNode anomaly) {
        JsonNode threshold = anomaly.path("threshold");
        if (!threshold.isNumber()) {
            throw new IllegalArgumentException("anomaly.threshold must be a number");
        }
        String source = anomaly.path("thresholdSource").asText("");
        String normal = anomaly.path("normalClass").asText("");
        if (source.length() > MAX_TEXT || normal.length() > MAX_TEXT) {
            throw new IllegalArgumentException("anomaly.thresholdSource and normalClass must be short texts");
        }
        return new ModelCard.AnomalyEntry(threshold.asDouble(), source, normal);
    }
}
