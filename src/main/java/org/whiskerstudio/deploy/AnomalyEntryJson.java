package org.whiskerstudio.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.whiskerstudio.training.AnomalyScore;

/**
 * The card's {@code "anomaly"} object, which an autoencoder's card has and a classifier's has not: what the score is
 * ({@code "score"} for the reader, {@code "scoreKind"} for programs), the threshold, the normal class and, when it
 * scores by code distance, its {@code "normalCodes"} entry. A card without {@code "normalCodes"} is from before the
 * code distance: its bundle scores by reconstruction error.
 */
final class AnomalyEntryJson {
    private static final int MAX_TEXT = 1_000;
    private static final String OLD_SCORE = "mean squared reconstruction error of the normalised input";

    private AnomalyEntryJson() {
    }

    static void write(ObjectNode root, ModelCard.AnomalyEntry entry) {
        ObjectNode anomaly = root.putObject("anomaly");
        anomaly.put("score", entry.normalCodes().isPresent() ? entry.score().label() : OLD_SCORE)
                .put("scoreKind", entry.score().key()).put("threshold", entry.threshold())
                .put("thresholdSource", entry.thresholdSource()).put("normalClass", entry.normalClass())
                .put("verdict", "an anomaly when the score is above the threshold");
        entry.normalCodes().ifPresent(c -> anomaly.putObject("normalCodes").put("entry", BundleFormat.NORMAL_CODES)
                .put("count", c.count()).put("dimensions", c.dimensions()).put("sha256", c.sha256()));
    }

    /** @throws IllegalArgumentException when the threshold is not a finite score, a text is too long or the codes odd */
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
        Optional<ModelCard.NormalCodesEntry> codes = anomaly.hasNonNull("normalCodes")
                ? Optional.of(codes(anomaly.path("normalCodes"))) : Optional.empty();
        ModelCard.AnomalyEntry entry = new ModelCard.AnomalyEntry(threshold.asDouble(), source, normal, codes);
        // A newer score this version does not know must not be read as one it does.
        String kind = anomaly.path("scoreKind").asText(AnomalyScore.RECONSTRUCTION_ERROR.key());
        if (!kind.equals(entry.score().key())) {
            throw new IllegalArgumentException("anomaly.scoreKind \"" + kind.substring(0, Math.min(40, kind.length()))
                    + "\" is not what the card's codes give (" + entry.score().key() + ")");
        }
        return entry;
    }

    private static ModelCard.NormalCodesEntry codes(JsonNode codes) {
        JsonNode count = codes.path("count");
        JsonNode dimensions = codes.path("dimensions");
        String sha = codes.path("sha256").asText("");
        if (!count.canConvertToInt() || !dimensions.canConvertToInt() || !sha.matches("[0-9a-f]{64}")
                || !BundleFormat.NORMAL_CODES.equals(codes.path("entry").asText(""))) {
            throw new IllegalArgumentException("anomaly.normalCodes needs its entry \"" + BundleFormat.NORMAL_CODES
                    + "\", whole-number count and dimensions, and a SHA-256");
        }
        return new ModelCard.NormalCodesEntry(count.asInt(), dimensions.asInt(), sha);
    }
}
