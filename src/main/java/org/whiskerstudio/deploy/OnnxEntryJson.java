package org.whiskerstudio.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The card's optional {@code "onnx"} object: the bundle's {@code model.onnx}, its hash and its parity figures. */
final class OnnxEntryJson {
    private static final int MAX_TEXT = 1_000;

    private OnnxEntryJson() {
    }

    static void write(ObjectNode root, ModelCard.OnnxEntry entry) {
        OnnxParity p = entry.parity();
        ObjectNode onnx = root.putObject("onnx").put("file", BundleFormat.ONNX).put("sha256", entry.sha256())
                .put("parity", p.summary());
        onnx.putObject("check").put("agreed", p.agreed()).put("examples", p.examples())
                .put("maxDifference", p.maxDifference()).put("examplesFrom", p.examplesFrom());
    }

    /** @throws IllegalArgumentException when a field is missing, or the figures are not those of a passed check */
    static ModelCard.OnnxEntry read(JsonNode onnx) {
        String sha = onnx.path("sha256").asText("");
        if (!sha.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("onnx.sha256 is not a SHA-256 in hex");
        }
        JsonNode c = onnx.path("check");
        String from = c.path("examplesFrom").asText("");
        OnnxParity parity = new OnnxParity(c.path("agreed").asInt(-1), c.path("examples").asInt(-1),
                c.path("maxDifference").asDouble(Double.NaN), from);
        // The studio writes model.onnx into a bundle only after a passed check: other figures are not its own.
        if (!parity.passed() || from.isBlank() || from.length() > MAX_TEXT) {
            throw new IllegalArgumentException("onnx.check is not a passed parity check: " + c);
        }
        return new ModelCard.OnnxEntry(parity, sha);
    }
}
