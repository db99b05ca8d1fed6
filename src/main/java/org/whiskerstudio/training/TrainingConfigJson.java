package org.whiskerstudio.training;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.dataset.Augmentation;

/**
 * A {@link TrainingConfig} as JSON, the form it is stored in with each run. Reading starts from the defaults, so a
 * config written before a setting existed still reads (the new setting takes its default).
 */
public final class TrainingConfigJson {
    /** {@code isNone()} is a question, not a setting: it must not become a JSON field. */
    @JsonIgnoreProperties({"none"})
    private interface AugmentationFields {
    }

    private static final ObjectMapper MAPPER = Json.mapper().copy().addMixIn(Augmentation.class, AugmentationFields.class);

    private TrainingConfigJson() {
    }

    public static String write(TrainingConfig config) {
        try {
            return MAPPER.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a training config", e);
        }
    }

    /** @throws IllegalArgumentException when the text is not a config (the records' own checks included) */
    public static TrainingConfig read(String json) {
        try {
            JsonNode stored = MAPPER.readTree(json);
            if (stored == null || !stored.isObject()) {
                throw new IllegalArgumentException("A training config must be a JSON object");
            }
            ObjectNode merged = MAPPER.valueToTree(TrainingConfig.defaults());
            merged.setAll((ObjectNode) stored);
            return MAPPER.treeToValue(merged, TrainingConfig.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("This is not a valid training config: " + e.getOriginalMessage(), e);
        }
    }
}
